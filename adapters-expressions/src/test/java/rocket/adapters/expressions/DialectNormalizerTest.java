package rocket.adapters.expressions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DialectNormalizerTest {
    @Test
    void strictEqualityAndNilBecomeEl() {
        assertThat(DialectNormalizer.normalise("record.status === 'draft' && old.x !== nil"))
                .isEqualTo("record.status == 'draft' && old.x != null");
    }

    @Test
    void membershipBecomesAContainsCall() {
        assertThat(DialectNormalizer.normalise("record.status in ['a', 'b']"))
                .isEqualTo("fn:contains(['a', 'b'], record.status)");
        assertThat(DialectNormalizer.normalise("'admin' in user.roles && len(record.items) > 0"))
                .isEqualTo("fn:contains(user.roles, 'admin') && fn:len(record.items) > 0");
        assertThat(DialectNormalizer.normalise("len(x) in sizes")).isEqualTo("fn:contains(sizes, fn:len(x))");
    }

    @Test
    void javascriptDatesBecomeDateFunctions() {
        assertThat(DialectNormalizer.normalise("new Date(record.end_date) >= new Date(record.start_date)"))
                .isEqualTo("fn:date(record.end_date) >= fn:date(record.start_date)");
        assertThat(DialectNormalizer.normalise("new Date(record.due) < new Date()"))
                .isEqualTo("fn:date(record.due) < fn:now()");
    }

    @Test
    void stringLiteralsAreNeverRewritten() {
        assertThat(DialectNormalizer.normalise("record.note == 'nil in len(x) === y'"))
                .isEqualTo("record.note == 'nil in len(x) === y'");
    }
}
