package rocket.domain.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.AppMetadata;
import rocket.domain.metadata.Schemas;

/** The list grammar of docs/contract/api.md §11.1 over the content-management reference example. */
class ListQueryParserContractTest {
    private static final UUID A = UUID.fromString("0b3c8a4e-9d1f-4c1a-8f7e-2a6b5c4d3e2f");
    private static final UUID B = UUID.fromString("5d8e1f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a");
    private final AppMetadata content = Schemas.example("content-management");

    private ListQuery parse(String entity, Map<String, List<String>> params) {
        return ListQueryParser.parse(content.entity(entity), content, params);
    }

    private ListQuery post(String key, String value) {
        return parse("post", Map.of(key, List.of(value)));
    }

    private void assertRefused(String entity, String key, String value, ErrorCode code, String message) {
        assertThatThrownBy(() -> parse(entity, Map.of(key, List.of(value))))
                .isInstanceOfSatisfying(RocketException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }

    @Test
    void uuidFilterValuesBecomeUuidsAndInTakesACommaList() {
        Filter one = post("filter[author_id]", A.toString()).filters().get(0);
        assertThat(one.operator()).isEqualTo(FilterOperator.EQ);
        assertThat(one.value()).isEqualTo(A);
        Filter many = post("filter[category_id.not_in]", A + "," + B).filters().get(0);
        assertThat(many.operator()).isEqualTo(FilterOperator.NOT_IN);
        assertThat(many.values()).containsExactly(A, B);
        assertRefused("post", "filter[author_id]", "abc", ErrorCode.INVALID_PAYLOAD,
                "Invalid filter value for author_id: must be a UUID");
        assertRefused("post", "filter[author_id.in]", A + ",x", ErrorCode.INVALID_PAYLOAD,
                "Invalid filter value for author_id: must be a UUID");
    }

    @Test
    void booleansTimestampsDatesAndIntegersAreCoercedByFieldType() {
        AppMetadata skills = Schemas.example("skills-assessment");
        ListQuery attempts = ListQueryParser.parse(skills.entity("attempt"), skills, Map.of(
                "filter[passed]", List.of("YES"), "filter[score.gte]", List.of(" 70 "),
                "filter[started_at.lt]", List.of("2025-03-01T10:00:00Z")));
        Map<String, Object> byField = new LinkedHashMap<>();
        attempts.filters().forEach(f -> byField.put(f.field().name(), f.value()));
        assertThat(byField).containsEntry("passed", true).containsEntry("score", 70)
                .containsEntry("started_at", OffsetDateTime.of(2025, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC));
        assertThatThrownBy(() -> ListQueryParser.parse(skills.entity("attempt"), skills,
                Map.of("filter[passed]", List.of("maybe")))).hasMessage("Invalid filter value for passed: must be true or false");

        AppMetadata blog = Schemas.blog();
        assertThat(ListQueryParser.parse(blog.entity("post"), blog, Map.of("filter[published_on.gte]",
                List.of("2025-03-01"))).filters().get(0).value()).isEqualTo(LocalDate.of(2025, 3, 1));
    }

    @Test
    void likePassesThePatternVerbatimAndTextValuesAreNotTrimmed() {
        assertThat(post("filter[title.like]", " %Rocket_ ").filters().get(0).value()).isEqualTo(" %Rocket_ ");
        assertThat(post("filter[title]", " spaced ").filters().get(0).value()).isEqualTo(" spaced ");
        // PostgreSQL refuses NUL in text, so it must be a 400 here rather than a database error
        assertRefused("post", "filter[title.like]", "a\u0000%", ErrorCode.INVALID_PAYLOAD,
                "Invalid filter value for title: must not contain NUL characters");
    }

    @Test
    void theKeyIsSplitAtTheFirstDotSoRelationPathsAreUnknownFields() {
        assertRefused("post", "filter[author.name]", "x", ErrorCode.UNKNOWN_FIELD, "Unknown filter field: author");
        assertRefused("post", "filter[title.like.x]", "x", ErrorCode.INVALID_PAYLOAD,
                "Unknown filter operator: like.x");
        assertRefused("post", "filter[title.]", "x", ErrorCode.INVALID_PAYLOAD, "Unknown filter operator: ");
        assertRefused("post", "filter[.eq]", "x", ErrorCode.UNKNOWN_FIELD, "Unknown filter field: ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"filter", "filters", "filter[", "filter[]", "filter]", "filter[title", "filtertitle]",
            "filter[title][eq]", "filter[ti[tle]", "filter[[title]]"})
    void aMalformedFilterParameterIsRefusedRatherThanIgnored(String key) {
        assertRefused("post", key, "x", ErrorCode.INVALID_PAYLOAD, "Malformed filter parameter: " + key);
    }

    @Test
    void deletedAtCanBeFilteredOnlyWhereItIsDeclared() {
        assertThat(post("filter[deleted_at.gt]", "2025-01-01T00:00:00Z").filters()).hasSize(1);
        AppMetadata blog = Schemas.blog(); // its post soft-deletes without declaring deleted_at
        assertThatThrownBy(() -> ListQueryParser.parse(blog.entity("post"), blog,
                Map.of("filter[deleted_at]", List.of("2025-01-01")))).hasMessage("Unknown filter field: deleted_at");
    }

    @Test
    void repeatedFilterParametersAreAllApplied() {
        ListQuery query = parse("post", Map.of("filter[title.neq]", List.of("a", "b")));
        assertThat(query.filters()).extracting(Filter::value).containsExactly("a", "b");
    }

    @Test
    void pagingIgnoresInvalidValuesAndClampsPerPage() {
        assertThat(post("page", "-2").page()).isEqualTo(1);
        assertThat(post("page", "2.5").page()).isEqualTo(1);
        assertThat(post("page", " 4 ").page()).isEqualTo(4);
        assertThat(post("per_page", "0").perPage()).isEqualTo(25);
        assertThat(post("per_page", "100").perPage()).isEqualTo(100);
        assertThat(post("per_page", "101").perPage()).isEqualTo(100);
        assertThat(post("per_page", "99999999999999").perPage()).isEqualTo(25);
        assertThat(parse("post", Map.of("unrelated", List.of("x"))).filters()).isEmpty();
    }

    @Test
    void includesResolveThroughTheMetadataInEveryDirectionAndRepeatsCollapse() {
        ListQuery query = post("include", "comments, tags,author,comments");
        assertThat(query.includes()).extracting(Include::key).containsExactly("comments", "tags", "author");
        assertThat(query.includes()).extracting(i -> i.link().relation().name())
                .containsExactly("post_comments", "post_tags", "post_author");
        assertThat(query.includes()).extracting(i -> i.link().fromSource()).containsExactly(true, true, false);
        assertRefused("post", "include", "comments.author", ErrorCode.UNKNOWN_FIELD, "Unknown include: comments.author");
        assertRefused("post", "include", "media", ErrorCode.UNKNOWN_FIELD, "Unknown include: media");
    }

    @Test
    void sortAcceptsDeclaredFieldsOnly() {
        ListQuery query = post("sort", "-published_at, title");
        assertThat(query.sorts()).extracting(s -> s.field().name() + (s.descending() ? " desc" : ""))
                .containsExactly("published_at desc", "title");
        assertRefused("post", "sort", "title;--", ErrorCode.UNKNOWN_FIELD, "Unknown sort field: title;--");
        assertRefused("post", "sort", "--title", ErrorCode.UNKNOWN_FIELD, "Unknown sort field: -title");
    }
}
