package rocket.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TcpListenersTest {
    private static final List<String> TCP = List.of(
            "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode",
            // 127.0.0.1:18301 listening
            "   0: 0100007F:477D 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 41234 1"
                    + " 0000000000000000 100 0 0 10 0",
            // an established connection to 127.0.0.1:18301: not a listener
            "   1: 0100007F:B5A2 0100007F:477D 01 00000000:00000000 00:00000000 00000000     0        0 41999 1"
                    + " 0000000000000000 20 4 30 10 -1",
            // 127.0.0.1:38689 listening (another port)
            "   2: 0100007F:9721 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 40001 1"
                    + " 0000000000000000 100 0 0 10 0");
    private static final List<String> TCP6 = List.of(
            "  sl  local_address                         remote_address                        st tx_queue rx_queue"
                    + " tr tm->when retrnsmt   uid  timeout inode",
            // [::]:18301 listening
            "   0: 00000000000000000000000000000000:477D 00000000000000000000000000000000:0000 0A"
                    + " 00000000:00000000 00:00000000 00000000     0        0 52001 1 0000000000000000 100 0 0 10 0");

    @Test
    void findsTheListeningSocketsOfAPortOnly() {
        assertThat(TcpListeners.inodes(TCP, 18301)).containsExactly(41234L);
        assertThat(TcpListeners.inodes(TCP6, 18301)).containsExactly(52001L);
        assertThat(TcpListeners.inodes(TCP, 38689)).containsExactly(40001L);
        assertThat(TcpListeners.inodes(TCP, 9)).isEmpty();
    }
}
