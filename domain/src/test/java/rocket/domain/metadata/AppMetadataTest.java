package rocket.domain.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

class AppMetadataTest {
    private final AppMetadata content = Schemas.example("content-management");

    private static Entity entity(String name) {
        return EntityDefinitions.parse(Map.of("name", name, "table", name + "s",
                "primary_key", Map.of("field", "id", "type", "uuid", "generated", true),
                "fields", List.of(Map.of("name", "id", "type", "uuid"), Map.of("name", "a_id", "type", "uuid"),
                        Map.of("name", "b_id", "type", "uuid"))));
    }

    private static Relation oneToMany(String name, String source, String target) {
        return new Relation(name, RelationType.ONE_TO_MANY, source, target, "id", "a_id", null, null, null,
                "source", OnDelete.NONE, "lazy", WriteMode.DIFF);
    }

    @Test
    void anUnknownEntityIsA404WithTheContractsMessage() {
        assertThat(content.entity("post").table()).isEqualTo("posts");
        assertThat(content.findEntity("ghost")).isEmpty();
        assertThatThrownBy(() -> content.entity("ghost")).isInstanceOfSatisfying(RocketException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_ENTITY);
            assertThat(e.httpStatus()).isEqualTo(404);
            assertThat(e.getMessage()).isEqualTo("Unknown entity: ghost");
        });
    }

    @Test
    void relationsAreFoundByNameAndBySource() {
        assertThat(content.relation("post_tags")).map(Relation::type).contains(RelationType.MANY_TO_MANY);
        assertThat(content.relation("nope")).isEmpty();
        assertThat(content.relationsFrom("post")).extracting(Relation::name)
                .containsExactlyInAnyOrder("post_tags", "post_comments");
        assertThat(content.relationsFrom("comment")).isEmpty();
    }

    @Test
    void anIncludeResolvesByRelationNameFirst() {
        LinkedRelation byName = content.link("post", "post_comments").orElseThrow();
        assertThat(byName.relation().name()).isEqualTo("post_comments");
        assertThat(byName.fromSource()).isTrue();
        // the same name from the target side is the reverse direction
        LinkedRelation reverse = content.link("comment", "post_comments").orElseThrow();
        assertThat(reverse.fromSource()).isFalse();
        // a relation name that does not touch the entity does not resolve by name
        assertThat(content.link("tag", "post_comments")).isEmpty();
    }

    @Test
    void anIncludeResolvesByTheOtherEntitysNameInEitherDirection() {
        LinkedRelation forward = content.link("author", "post").orElseThrow();
        assertThat(forward.relation().name()).isEqualTo("post_author");
        assertThat(forward.fromSource()).isTrue();
        LinkedRelation backward = content.link("post", "author").orElseThrow();
        assertThat(backward.relation().name()).isEqualTo("post_author");
        assertThat(backward.fromSource()).isFalse();
        assertThat(content.link("post", "tag").orElseThrow().relation().name()).isEqualTo("post_tags");
    }

    @Test
    void anIncludeResolvesByEntityUnderscoreNameLast() {
        LinkedRelation tags = content.link("post", "tags").orElseThrow();
        assertThat(tags.relation().name()).isEqualTo("post_tags");
        assertThat(tags.fromSource()).isTrue();
        assertThat(content.link("post", "comments").orElseThrow().relation().name()).isEqualTo("post_comments");
        assertThat(content.link("post", "nothing")).isEmpty();
    }

    @Test
    void theFirstMatchingRuleWinsOverLaterRules() {
        // "b" names relation r1 (rule 1) although relation r2 goes from a to the entity b (rule 2)
        AppMetadata metadata = new AppMetadata(List.of(entity("a"), entity("b"), entity("c")), List.of(
                oneToMany("a_b", "a", "c"), oneToMany("r2", "a", "b"), oneToMany("b", "c", "a")));
        assertThat(metadata.link("a", "b").orElseThrow().relation().name()).isEqualTo("b");
        // without rule 1, rule 2 beats the a_b naming rule
        AppMetadata noRuleOne = new AppMetadata(List.of(entity("a"), entity("b"), entity("c")), List.of(
                oneToMany("a_b", "a", "c"), oneToMany("r2", "a", "b")));
        assertThat(noRuleOne.link("a", "b").orElseThrow().relation().name()).isEqualTo("r2");
        // within one rule, declaration order decides
        AppMetadata twoTargets = new AppMetadata(List.of(entity("a"), entity("b")), List.of(
                oneToMany("first", "a", "b"), oneToMany("second", "b", "a")));
        assertThat(twoTargets.link("a", "b").orElseThrow().relation().name()).isEqualTo("first");
    }
}
