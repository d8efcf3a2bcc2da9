package rocket.application.auth.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import rocket.application.auth.port.out.PasswordHasher;

/**
 * What every {@link PasswordHasher} must do: a hash never shows the password, matches it and nothing else, is salted
 * (two hashes of one password differ), and a stored value that is no hash at all matches nothing instead of failing.
 */
public abstract class PasswordHasherContract {
    protected PasswordHasher hasher;

    protected abstract PasswordHasher hasher();

    @BeforeEach
    void aHasher() {
        hasher = hasher();
    }

    @Test
    void aHashMatchesItsPasswordOnly() {
        String hash = hasher.hash("correct horse");

        assertThat(hash).doesNotContain("correct horse");
        assertThat(hasher.matches("correct horse", hash)).isTrue();
        assertThat(hasher.matches("correct horsE", hash)).isFalse();
        assertThat(hasher.matches("", hash)).isFalse();
    }

    @Test
    void twoHashesOfOnePasswordDifferAndBothMatch() {
        String first = hasher.hash("s3cret!");
        String second = hasher.hash("s3cret!");

        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.matches("s3cret!", first)).isTrue();
        assertThat(hasher.matches("s3cret!", second)).isTrue();
    }

    @Test
    void somethingThatIsNoHashMatchesNothing() {
        assertThat(hasher.matches("s3cret!", "s3cret!")).isFalse();
        assertThat(hasher.matches("s3cret!", "")).isFalse();
        assertThat(hasher.matches("s3cret!", null)).isFalse();
    }
}
