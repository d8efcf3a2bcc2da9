package rocket.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class LoadOptionsTest {
    @Test
    void aSingleEndpointByDefaultOneRoundNothingDiscardedPidsToBeFound() {
        LoadOptions options = LoadOptions.parse(new String[] {"get-by-id"});

        assertThat(options.endpoints()).singleElement().satisfies(e -> {
            assertThat(e.target().baseUrl()).isEqualTo("http://localhost:8080");
            assertThat(e.serverPid()).isEmpty();
            assertThat(e.pgPid()).isEmpty();
        });
        assertThat(options.connections()).isEqualTo(64);
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.warmup()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.rounds()).isEqualTo(1);
        assertThat(options.discardFirst()).isFalse();
        assertThat(options.json()).isNull();
    }

    @Test
    void compareAddsASecondEndpointWithItsOwnPidsThreeRoundsAndDiscardsTheFirst() {
        LoadOptions options = LoadOptions.parse(new String[] {"create", "--base-url", "http://127.0.0.1:18301/",
                "--compare", "http://127.0.0.1:18302", "--server-pid", "10", "--pg-pid", "11", "--server-pid2", "20",
                "--pg-pid2", "21", "--header", "X-Test: yes", "--json", "out.json"});

        assertThat(options.endpoints()).hasSize(2);
        LoadOptions.Endpoint a = options.endpoints().get(0);
        LoadOptions.Endpoint b = options.endpoints().get(1);
        assertThat(a.target().baseUrl()).isEqualTo("http://127.0.0.1:18301");
        assertThat(b.target().baseUrl()).isEqualTo("http://127.0.0.1:18302");
        assertThat(a.serverPid()).isEqualTo(OptionalInt.of(10));
        assertThat(a.pgPid()).isEqualTo(OptionalInt.of(11));
        assertThat(b.serverPid()).isEqualTo(OptionalInt.of(20));
        assertThat(b.pgPid()).isEqualTo(OptionalInt.of(21));
        assertThat(b.target().headers()).singleElement().satisfies(h -> assertThat(h).containsExactly("X-Test", "yes"));
        assertThat(options.rounds()).isEqualTo(3);
        assertThat(options.discardFirst()).isTrue();
        assertThat(options.json()).isEqualTo(Path.of("out.json"));
    }

    @Test
    void roundsAndDiscardingCanBeChosen() {
        String[] keep = {"create", "--compare", "http://b:1", "--rounds", "5", "--no-discard-first"};
        assertThat(LoadOptions.parse(keep).rounds()).isEqualTo(5);
        assertThat(LoadOptions.parse(keep).discardFirst()).isFalse();
        assertThat(LoadOptions.parse(new String[] {"create", "--compare", "http://b:1", "--rounds", "1"})
                .discardFirst()).isFalse();
        assertThat(LoadOptions.parse(new String[] {"create", "--rounds", "2", "--discard-first"}).discardFirst())
                .isTrue();
    }

    @Test
    void badValuesAreRefusedNamingTheFlag() {
        assertRefused("no scenario given");
        assertRefused("no scenario given", "--duration", "10");
        assertRefused("--connections wants a whole number of at least 1, got 0", "create", "--connections", "0");
        assertRefused("--duration wants a whole number of at least 1, got ten", "create", "--duration", "ten");
        assertRefused("--warmup wants a whole number of at least 0, got -1", "create", "--warmup", "-1");
        assertRefused("--rounds wants a whole number of at least 1, got 0", "create", "--rounds", "0");
        assertRefused("--server-pid wants a whole number of at least 1, got abc", "create", "--server-pid", "abc");
        assertRefused("--pg-pid2 wants a whole number of at least 1, got 1.5", "create", "--pg-pid2", "1.5");
        assertRefused("--compare wants an http(s) URL", "create", "--compare", "localhost:8080");
        assertRefused("--base-url wants an http(s) URL", "create", "--base-url", "ftp://x");
        assertRefused("--server-pid2 and --pg-pid2 need --compare", "create", "--server-pid2", "5");
        assertRefused("--discard-first needs --rounds 2 or more", "create", "--discard-first");
        assertRefused("--rounds needs a value", "create", "--rounds");
        assertRefused("unknown flag --server", "create", "--server", "1");
        assertRefused("--header wants 'Name: value'", "create", "--header", "novalue");
    }

    private static void assertRefused(String message, String... args) {
        assertThatThrownBy(() -> LoadOptions.parse(args)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
