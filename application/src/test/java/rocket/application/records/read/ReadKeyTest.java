package rocket.application.records.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import rocket.domain.metadata.Field;
import rocket.domain.metadata.FieldType;
import rocket.domain.query.Filter;
import rocket.domain.query.FilterOperator;

class ReadKeyTest {
    private static final Field NAME = new Field("name", FieldType.STRING, "string", false, false, null, true, null, null, null);

    private static String scope(Filter... filters) {
        return new ReadKey().rowFilter(Optional.of(List.of(filters))).digest();
    }

    @Test
    void aValueWithACommaIsNotTwoValues() {
        assertThat(scope(new Filter(NAME, FilterOperator.IN, List.of("a, b"))))
                .isNotEqualTo(scope(new Filter(NAME, FilterOperator.IN, List.of("a", "b"))));
    }

    @Test
    void twoFiltersAreNotOneFilterWithBothValues() {
        assertThat(scope(new Filter(NAME, FilterOperator.EQ, List.of("a")), new Filter(NAME, FilterOperator.EQ, List.of("b"))))
                .isNotEqualTo(scope(new Filter(NAME, FilterOperator.IN, List.of("a", "b"))))
                .isNotEqualTo(scope(new Filter(NAME, FilterOperator.EQ, List.of("a, b"))));
    }

    @Test
    void separatorsInsideTextCannotForgeAnotherSequence() {
        assertThat(new ReadKey().text("a").text("b").digest()).isNotEqualTo(new ReadKey().text("a1:b").digest())
                .isNotEqualTo(new ReadKey().text("ab").digest());
        assertThat(new ReadKey().text(null).digest()).isNotEqualTo(new ReadKey().text("").digest())
                .isNotEqualTo(new ReadKey().text("~").digest());
    }

    @Test
    void aScopeMatchingNothingDiffersFromAnUnrestrictedOne() {
        assertThat(new ReadKey().rowFilter(Optional.empty()).digest())
                .isNotEqualTo(new ReadKey().rowFilter(Optional.of(List.of())).digest());
    }

    @Test
    void valuesOfDifferentTypesWithTheSameTextDiffer() {
        assertThat(new ReadKey().value("1").digest()).isNotEqualTo(new ReadKey().value(1L).digest());
    }
}
