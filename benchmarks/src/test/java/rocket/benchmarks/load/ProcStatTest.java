package rocket.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProcStatTest {
    @Test
    void readsTheFieldsAfterACommandNameWithSpacesAndParentheses() {
        ProcStat stat = ProcStat.parse("1234 (my (weird) proc) S 1 1234 1234 0 -1 4194304 63219 29530 0 0 965 68 80"
                + " 46 20 0 30 0 54990 9111904256 55638 18446744073709551615 94364492795904 94364492796909 0 0 0 0 2");

        assertThat(stat).isEqualTo(new ProcStat(1234, "my (weird) proc", 1, 965, 68, 80, 46));
        assertThat(stat.ownTicks()).isEqualTo(1033);
        assertThat(stat.reapedChildrenTicks()).isEqualTo(126);
    }

    @Test
    void readsARealPostmasterLine() {
        ProcStat stat = ProcStat.parse("7057 (postgres) S 1 7057 7057 0 -1 4194304 6017 5518 0 0 0 3 3 7 20 0 1 0"
                + " 55460 239972352 8241 18446744073709551615 94532779638784 94532788158216 140722645822560 0 0 0");

        assertThat(stat).isEqualTo(new ProcStat(7057, "postgres", 1, 0, 3, 3, 7));
    }

    @Test
    void refusesWhatIsNotAStatLine() {
        assertThatThrownBy(() -> ProcStat.parse("no parentheses here")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProcStat.parse("12 (short) S 1 2 3")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too few fields");
        assertThatThrownBy(() -> ProcStat.parse("12 (x) S one 2 3 4 5 6 7 8 9 10 11 12 13 14 15"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
