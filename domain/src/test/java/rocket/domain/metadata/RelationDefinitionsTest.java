package rocket.domain.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

class RelationDefinitionsTest {
    private final AppMetadata content = Schemas.example("content-management");

    private static Map<String, Object> comments() {
        return Map.of("name", "post_comments", "type", "one_to_many", "source", "post", "target", "comment",
                "source_key", "id", "target_key", "post_id", "ownership", "source", "on_delete", "cascade");
    }

    private static Map<String, Object> tags() {
        return Map.of("name", "post_tags", "type", "many_to_many", "source", "post", "target", "tag",
                "join_table", "post_tag_links", "source_join_key", "post_id", "target_join_key", "tag_id");
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(base);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return copy;
    }

    private void assertRefused(Map<String, Object> definition, String message) {
        assertThatThrownBy(() -> RelationDefinitions.parse(definition, content))
                .isInstanceOfSatisfying(RocketException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.httpStatus()).isEqualTo(422);
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"content-management", "skills-assessment"})
    @SuppressWarnings("unchecked")
    void everyRelationOfTheReferenceExamplesParsesAndItsEchoParsesToTheSameRelation(String example) {
        AppMetadata metadata = Schemas.example(example);
        List<Map<String, Object>> raw = (List<Map<String, Object>>) Schemas.exampleDocument(example).get("relations");
        assertThat(metadata.relations()).hasSize(raw.size());
        for (Relation relation : metadata.relations()) {
            Map<String, Object> echo = RelationDefinitions.toMap(relation);
            assertThat(RelationDefinitions.parse(echo, metadata)).isEqualTo(relation);
        }
    }

    @Test
    void aOneToManyRelationIsModelledWithItsDefaults() {
        Relation relation = content.relation("post_comments").orElseThrow();
        assertThat(relation.type()).isEqualTo(RelationType.ONE_TO_MANY);
        assertThat(relation.sourceKey()).isEqualTo("id");
        assertThat(relation.targetKey()).isEqualTo("post_id");
        assertThat(relation.onDelete()).isEqualTo(OnDelete.CASCADE);
        assertThat(relation.writeMode()).isEqualTo(WriteMode.DIFF);
        assertThat(relation.fetch()).isEqualTo("lazy");
        assertThat(relation.manyToMany()).isFalse();
        Map<String, Object> echo = RelationDefinitions.toMap(relation);
        assertThat(echo).containsEntry("on_delete", "cascade").containsEntry("write_mode", "diff")
                .doesNotContainKeys("join_table", "source_join_key", "target_join_key");
    }

    @Test
    void aManyToManyRelationKeepsItsJoinTableAndAnAbsentOnDeleteIsNone() {
        Relation relation = RelationDefinitions.parse(with(tags(), "write_mode", "replace"), content);
        assertThat(relation.manyToMany()).isTrue();
        assertThat(relation.joinTable()).isEqualTo("post_tag_links");
        assertThat(relation.sourceJoinKey()).isEqualTo("post_id");
        assertThat(relation.targetJoinKey()).isEqualTo("tag_id");
        assertThat(relation.sourceKey()).isEqualTo("id"); // defaults to the source PK
        assertThat(relation.onDelete()).isEqualTo(OnDelete.NONE);
        assertThat(relation.writeMode()).isEqualTo(WriteMode.REPLACE);
        assertThat(RelationDefinitions.toMap(relation)).doesNotContainKey("on_delete")
                .containsEntry("join_table", "post_tag_links");
    }

    @Test
    void unknownWriteModesFallBackToDiff() {
        assertThat(RelationDefinitions.parse(with(tags(), "write_mode", "merge"), content).writeMode())
                .isEqualTo(WriteMode.DIFF);
        assertThat(WriteMode.parse(null, WriteMode.APPEND)).isEqualTo(WriteMode.APPEND);
    }

    @Test
    void theContractsValidationMessagesAreReproducedExactly() {
        assertRefused(with(comments(), "name", null), "relation name is required");
        assertRefused(with(comments(), "source", ""), "source and target are required");
        assertRefused(with(comments(), "target", null), "source and target are required");
        assertRefused(with(comments(), "source", "ghost"), "source entity not found: ghost");
        assertRefused(with(comments(), "target", "ghost"), "target entity not found: ghost");
        assertRefused(with(comments(), "type", "many_to_one"), "invalid relation type: many_to_one");
        assertRefused(with(tags(), "join_table", null), "join_table is required for many_to_many relations");
    }

    @Test
    void ourStricterRulesNameWhatIsWrong() {
        assertRefused(with(comments(), "target_key", null), "target_key is required for one_to_many relations");
        assertRefused(with(with(comments(), "type", "one_to_one"), "target_key", ""),
                "target_key is required for one_to_one relations");
        assertRefused(with(comments(), "target_key", "article_id"), "target_key article_id not found on comment");
        assertRefused(with(comments(), "target_key", "author_name"),
                "target_key author_name (string) must have the type of post's primary key id (uuid)");
        assertRefused(with(comments(), "source_key", "nope"), "source_key nope not found on post");
        assertRefused(with(comments(), "on_delete", "explode"),
                "invalid on_delete: explode (must be cascade, set_null, restrict or detach)");
        assertRefused(with(comments(), "ownership", "everyone"),
                "invalid ownership: everyone (must be source, target, none)");
        assertRefused(with(comments(), "fetch", "now"), "invalid fetch: now (must be lazy, eager)");
        assertRefused(with(tags(), "source_join_key", null), "source_join_key is required for many_to_many relations");
        assertRefused(with(tags(), "target_join_key", ""), "target_join_key is required for many_to_many relations");
        assertRefused(with(tags(), "target_join_key", "post_id"), "source_join_key and target_join_key must differ");
        assertRefused(with(tags(), "join_table", "posts"), "join_table posts is the table of an entity");
        assertRefused(with(tags(), "on_delete", "restrict"), "on_delete restrict does not apply to many_to_many relations");
        assertRefused(with(tags(), "join_table", "post tags"), "join_table \"post tags\" must start with a lowercase "
                + "letter or _ and contain only a-z, 0-9 and _ (at most 63 characters)");
        assertRefused(with(tags(), "source_join_key", "Post"), "source_join_key \"Post\" must start with a lowercase "
                + "letter or _ and contain only a-z, 0-9 and _ (at most 63 characters)");
        assertRefused(with(tags(), "join_table", "_users"), "join_table \"_users\" is a system table");
        assertRefused(with(tags(), "join_table", "pg_authid"), "join_table \"pg_authid\" is reserved for "
                + "PostgreSQL's catalogs (names starting with pg_, information_schema)");
        assertRefused(with(comments(), "name", "post-comments"), "relation name \"post-comments\" must start with a "
                + "lowercase letter or _ and contain only a-z, 0-9 and _ (at most 63 characters)");
    }

    @Test
    void onDeleteAndRelationTypeParseOnlyTheirWireNames() {
        assertThat(OnDelete.parse(null)).contains(OnDelete.NONE);
        assertThat(OnDelete.parse("set_null")).contains(OnDelete.SET_NULL);
        assertThat(OnDelete.parse("none")).isEmpty();
        assertThat(RelationType.parse("ONE_TO_MANY")).isEmpty();
        assertThat(RelationType.parse("many_to_many")).contains(RelationType.MANY_TO_MANY);
    }
}
