package rocket.domain.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.AppMetadata;
import rocket.domain.metadata.Schemas;

class ListQueryParserTest {
    private final AppMetadata blog = Schemas.blog();

    private ListQuery parse(Map<String, List<String>> params) {
        return ListQueryParser.parse(blog.entity("post"), blog, params);
    }

    @Test
    void filtersAreSplitAtTheFirstDotAndValuesCoercedByFieldType() {
        ListQuery query = parse(Map.of("filter[views.gte]", List.of("10"), "filter[price]", List.of("1.5"),
                "filter[status.in]", List.of("draft,published")));
        assertThat(query.filters()).hasSize(3);
        Filter views = query.filters().stream().filter(f -> f.field().name().equals("views")).findFirst().orElseThrow();
        assertThat(views.operator()).isEqualTo(FilterOperator.GTE);
        assertThat(views.value()).isEqualTo(10);
        Filter price = query.filters().stream().filter(f -> f.field().name().equals("price")).findFirst().orElseThrow();
        assertThat(price.value()).isEqualTo(new BigDecimal("1.50"));
        Filter status = query.filters().stream().filter(f -> f.field().name().equals("status")).findFirst().orElseThrow();
        assertThat(status.values()).containsExactly("draft", "published");
    }

    @Test
    void textOperatorsNeedATextFieldAndKeepTheirValueVerbatim() {
        for (String op : List.of("contains", "starts_with", "ends_with", "ilike")) {
            Filter filter = parse(Map.of("filter[title." + op + "]", List.of(" 50%_off\\ "))).filters().get(0);
            assertThat(filter.operator().wireName()).isEqualTo(op);
            assertThat(filter.value()).isEqualTo(" 50%_off\\ ");
            assertCode(Map.of("filter[views." + op + "]", List.of("1")), ErrorCode.INVALID_PAYLOAD,
                    "Operator " + op + " needs a string field, views is int");
        }
    }

    @Test
    void getByIdLeavesOutIncludesThatDoNotResolveWhileListsRefuseThem() {
        var post = blog.entity("post");
        assertThat(ListQueryParser.knownIncludes(post, blog, "post_comments, nope ,author"))
                .extracting(Include::key).containsExactly("post_comments");
        assertThat(ListQueryParser.knownIncludes(post, blog, "nope")).isEmpty();
        assertThatThrownBy(() -> ListQueryParser.includes(post, blog, "post_comments,nope"))
                .hasMessage("Unknown include: nope");
    }

    @Test
    void pagingDefaultsClampsAndIgnoresNonsense() {
        assertThat(parse(Map.of()).page()).isEqualTo(1);
        assertThat(parse(Map.of()).perPage()).isEqualTo(25);
        assertThat(parse(Map.of("per_page", List.of("1000"))).perPage()).isEqualTo(100);
        assertThat(parse(Map.of("page", List.of("0"), "per_page", List.of("x"))).page()).isEqualTo(1);
        assertThat(parse(Map.of("page", List.of("3"), "per_page", List.of("10"))).offset()).isEqualTo(20);
    }

    @Test
    void aCursorIsKeptAsSentAndCannotBeCombinedWithAPage() {
        assertThat(parse(Map.of()).byCursor()).isFalse();
        assertThat(parse(Map.of("cursor", List.of(""))).cursor()).as("the start of a walk").isEmpty();
        assertThat(parse(Map.of("cursor", List.of("abc.def"), "per_page", List.of("10"))).cursor()).isEqualTo("abc.def");
        assertCode(Map.of("cursor", List.of("abc.def"), "page", List.of("2")), ErrorCode.INVALID_CURSOR,
                "cursor and page cannot be combined: a cursor names its own position, leave page out");
        assertCode(Map.of("cursor", List.of(""), "page", List.of("1")), ErrorCode.INVALID_CURSOR,
                "cursor and page cannot be combined: a cursor names its own position, leave page out");
    }

    @Test
    void aPageBeyondTheLargestOffsetIsRefusedNotOverflowed() {
        assertThat(parse(Map.of("page", List.of("21474837"), "per_page", List.of("100"))).offset())
                .isEqualTo(2_147_483_600);
        assertCode(Map.of("page", List.of("21474838"), "per_page", List.of("100")), ErrorCode.INVALID_PAYLOAD,
                "page must be at most 21474837 with per_page 100");
        assertCode(Map.of("page", List.of("2147483647")), ErrorCode.INVALID_PAYLOAD,
                "page must be at most 85899346 with per_page 25");
        assertCode(Map.of("page", List.of("99999999999999999999999")), ErrorCode.INVALID_PAYLOAD,
                "page must be at most 85899346 with per_page 25");
        assertThat(parse(Map.of("page", List.of("0000000000000002"))).page()).isEqualTo(2);
    }

    @Test
    void aLikePatternLongerThanTheCapIsRefusedNamingIt() {
        ListQuery atCap = ListQueryParser.parse(blog.entity("post"), blog,
                Map.of("filter[title.like]", List.of("%" + "a".repeat(8) + "%")), new QueryLimits(10));
        assertThat(atCap.filters().get(0).value()).isEqualTo("%aaaaaaaa%");
        assertThatThrownBy(() -> ListQueryParser.parse(blog.entity("post"), blog,
                Map.of("filter[title.like]", List.of("%" + "a".repeat(9) + "%")), new QueryLimits(10)))
                .isInstanceOfSatisfying(RocketException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PAYLOAD);
                    assertThat(e.getMessage()).isEqualTo(
                            "A like pattern may be at most 10 characters long, this one is 11 (max-pattern-length)");
                });
    }

    @Test
    void sortTermsKeepOrderAndDirection() {
        ListQuery query = parse(Map.of("sort", List.of("-views,title")));
        assertThat(query.sorts()).extracting(s -> s.field().name()).containsExactly("views", "title");
        assertThat(query.sorts()).extracting(Sort::descending).containsExactly(true, false);
    }

    @Test
    void unknownNamesAndBadValuesCarryTheContractCodes() {
        assertCode(Map.of("filter[nope]", List.of("1")), ErrorCode.UNKNOWN_FIELD, "Unknown filter field: nope");
        assertCode(Map.of("sort", List.of("nope")), ErrorCode.UNKNOWN_FIELD, "Unknown sort field: nope");
        assertCode(Map.of("include", List.of("nope")), ErrorCode.UNKNOWN_FIELD, "Unknown include: nope");
        assertCode(Map.of("filter[views.bogus]", List.of("1")), ErrorCode.INVALID_PAYLOAD, "Unknown filter operator: bogus");
        assertCode(Map.of("filter[views]", List.of("ten")), ErrorCode.INVALID_PAYLOAD,
                "Invalid filter value for views: must be a whole number");
        assertCode(Map.of("filter[meta]", List.of("{}")), ErrorCode.INVALID_PAYLOAD, "Field meta cannot be filtered");
        assertCode(Map.of("filter[views.like]", List.of("1%")), ErrorCode.INVALID_PAYLOAD,
                "Operator like needs a string field, views is int");
    }

    @Test
    void includesResolveByRelationNameOrTargetEntityName() {
        assertThat(parse(Map.of("include", List.of("post_comments"))).includes().get(0).link().fromSource()).isTrue();
        assertThat(parse(Map.of("include", List.of("comment"))).includes().get(0).key()).isEqualTo("comment");
        assertThat(ListQueryParser.includes(blog.entity("comment"), blog, "post").get(0).link().fromSource()).isFalse();
    }

    private void assertCode(Map<String, List<String>> params, ErrorCode code, String message) {
        assertThatThrownBy(() -> parse(params)).isInstanceOfSatisfying(RocketException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }
}
