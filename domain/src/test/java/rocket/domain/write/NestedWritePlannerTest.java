package rocket.domain.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.LinkedRelation;
import rocket.domain.metadata.OnDelete;
import rocket.domain.metadata.Relation;
import rocket.domain.metadata.RelationType;
import rocket.domain.metadata.Schemas;
import rocket.domain.metadata.WriteMode;
import rocket.domain.write.NestedOperation.ChildOperation;
import rocket.domain.write.NestedOperation.Delete;
import rocket.domain.write.NestedOperation.Insert;
import rocket.domain.write.NestedOperation.Link;
import rocket.domain.write.NestedOperation.LinkStatement;
import rocket.domain.write.NestedOperation.Unlink;
import rocket.domain.write.NestedOperation.Update;

class NestedWritePlannerTest {
    private static final Relation COMMENTS = new Relation("post_comments", RelationType.ONE_TO_MANY, "post",
            "comment", "id", "post_id", null, null, null, null, OnDelete.CASCADE, null, WriteMode.DIFF);
    private static final Relation TAGS = new Relation("post_tags", RelationType.MANY_TO_MANY, "post", "tag", "id",
            null, "post_tags", "post_id", "tag_id", null, OnDelete.CASCADE, null, WriteMode.DIFF);
    private final Entity comment = Schemas.comment();
    private final UUID parent = UUID.randomUUID();
    private final UUID first = UUID.randomUUID();
    private final UUID second = UUID.randomUUID();
    private final Map<Object, Map<String, Object>> current = new LinkedHashMap<>(Map.of(
            first, Map.of("id", first, "post_id", parent, "body", "one")));

    {
        current.put(second, Map.of("id", second, "post_id", parent, "body", "two"));
    }

    private static RelationWrite comments(WriteMode mode, ChildRow... children) {
        return new RelationWrite("post_comments", new LinkedRelation(COMMENTS, true), mode, List.of(children));
    }

    private static RelationWrite tags(WriteMode mode, ChildRow... children) {
        return new RelationWrite("post_tags", new LinkedRelation(TAGS, true), mode, List.of(children));
    }

    private static ChildRow newChild(String body) {
        return new ChildRow(Map.of("body", body), false, null, List.of());
    }

    private static ChildRow existing(UUID id, String body) {
        return new ChildRow(Map.of("id", id, "body", body), false, id, List.of());
    }

    private static ChildRow deleted(Object id) {
        return new ChildRow(Map.of(), true, id, List.of());
    }

    private List<ChildOperation> plan(RelationWrite write) {
        return NestedWritePlanner.children(write, comment, "post_id", parent, current, "comments");
    }

    @Test
    void diffInsertsNewChildrenUpdatesNamedOnesDeletesMarkedOnesAndKeepsTheRest() {
        List<ChildOperation> plan = plan(comments(WriteMode.DIFF, newChild("new"), existing(first, "changed"),
                deleted(second)));

        assertThat(plan).hasSize(3);
        Insert insert = (Insert) plan.get(0);
        assertThat(insert.path()).isEqualTo("comments[0]");
        assertThat(insert.values()).containsEntry("body", "new").containsEntry("post_id", parent);
        Update update = (Update) plan.get(1);
        assertThat(update.path()).isEqualTo("comments[1]");
        assertThat(update.current()).containsEntry("id", first);
        assertThat(update.values()).containsOnly(Map.entry("body", "changed"));
        assertThat(plan.get(2)).isEqualTo(new Delete("comments[2]", current.get(second)));
    }

    @Test
    void replaceUpdatesNamedChildrenIgnoresDeleteMarksAndDeletesEveryUnmentionedChildLast() {
        ChildRow markedButKept = new ChildRow(Map.of("id", first, "body", "kept"), true, first, List.of());
        List<ChildOperation> plan = plan(comments(WriteMode.REPLACE, markedButKept, newChild("new")));

        assertThat(plan).extracting(NestedOperation::getClass).containsExactly(Update.class, Insert.class,
                Delete.class);
        assertThat(plan.get(2)).isEqualTo(new Delete("comments", current.get(second)));
    }

    @Test
    void appendOnlyInsertsAndNeedsNoCurrentChildren() {
        RelationWrite write = comments(WriteMode.APPEND, existing(first, "ignored"), deleted(second), newChild("n"));

        assertThat(NestedWritePlanner.needsCurrent(write, false)).isFalse();
        assertThat(NestedWritePlanner.children(write, comment, "post_id", parent, Map.of(), "comments"))
                .singleElement().isInstanceOf(Insert.class).extracting(NestedOperation::path).isEqualTo("comments[2]");
    }

    @Test
    void keysOfNoCurrentChildAreSkippedInEveryMode() {
        UUID unknown = UUID.randomUUID();
        for (WriteMode mode : List.of(WriteMode.DIFF, WriteMode.APPEND)) {
            assertThat(plan(comments(mode, existing(unknown, "x"), deleted(unknown)))).as(mode.name()).isEmpty();
        }
        assertThat(plan(comments(WriteMode.REPLACE, existing(unknown, "x")))).as("only the removals")
                .extracting(NestedOperation::getClass).containsExactly(Delete.class, Delete.class);
    }

    @Test
    void anEmptyPayloadChangesNothingExceptAReplaceWhichRemovesEverything() {
        assertThat(plan(comments(WriteMode.DIFF))).isEmpty();
        assertThat(plan(comments(WriteMode.APPEND))).isEmpty();
        assertThat(plan(comments(WriteMode.REPLACE))).containsExactly(new Delete("comments", current.get(first)),
                new Delete("comments", current.get(second)));
    }

    @Test
    void aDeleteMarkWithoutAKeyIsAnInsertAndTheParentKeyOverridesASuppliedForeignKey() {
        ChildRow child = new ChildRow(Map.of("body", "b", "post_id", UUID.randomUUID()), true, null, List.of());

        Insert insert = (Insert) plan(comments(WriteMode.DIFF, child)).get(0);
        assertThat(insert.values()).containsEntry("post_id", parent);
    }

    @Test
    void aNewParentNeedsNoCurrentRowsAndAKeyThatIsNoKeyIsAValidationErrorAtTheChild() {
        assertThat(NestedWritePlanner.needsCurrent(comments(WriteMode.DIFF), true)).isFalse();
        assertThat(NestedWritePlanner.needsCurrent(comments(WriteMode.REPLACE), false)).isTrue();

        assertThatThrownBy(() -> plan(comments(WriteMode.DIFF, newChild("a"), deleted("not-a-uuid"))))
                .isInstanceOfSatisfying(RocketException.class,
                        e -> assertThat(e.details().get(0).field()).isEqualTo("comments[1]"));
    }

    @Test
    void diffLinksOnlyWhatIsNotLinkedAndUnlinksMarkedTargets() {
        UUID linked = UUID.randomUUID();
        UUID fresh = UUID.randomUUID();
        RelationWrite write = tags(WriteMode.DIFF, existing(linked, ""), existing(fresh, ""), existing(fresh, ""),
                deleted(first), newChild("skipped: no target id"));

        assertThat(NestedWritePlanner.needsCurrent(write, false)).isTrue();
        assertThat(NestedWritePlanner.links(write, comment, List.of(linked), false, "tags")).containsExactly(
                new Link("tags[0]", linked, LinkStatement.NONE), new Link("tags[1]", fresh, LinkStatement.INSERT),
                new Link("tags[2]", fresh, LinkStatement.NONE), new Unlink("tags[3]", first));
    }

    @Test
    void replaceUnlinksEverythingFirstUnlessTheParentIsNewAndAppendKeepsExistingLinks() {
        RelationWrite replace = tags(WriteMode.REPLACE, existing(first, ""), deleted(second));

        assertThat(NestedWritePlanner.needsCurrent(replace, false)).isFalse();
        assertThat(NestedWritePlanner.links(replace, comment, List.of(), false, "tags")).containsExactly(
                new Unlink("tags", null), new Link("tags[0]", first, LinkStatement.INSERT),
                new Link("tags[1]", second, LinkStatement.INSERT));
        assertThat(NestedWritePlanner.links(replace, comment, List.of(), true, "tags")).hasSize(2);
        assertThat(NestedWritePlanner.links(tags(WriteMode.APPEND, existing(first, "")), comment, List.of(), false,
                "tags")).containsExactly(new Link("tags[0]", first, LinkStatement.INSERT_IF_ABSENT));
        assertThat(NestedWritePlanner.links(tags(WriteMode.DIFF), comment, List.of(first), false, "tags")).isEmpty();
    }
}
