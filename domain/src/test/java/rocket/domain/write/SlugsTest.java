package rocket.domain.write;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void accentsAreDroppedAndEverythingElseCollapsesToSingleDashes() {
        assertThat(Slugs.slugify("Héllo, World!")).isEqualTo("hello-world");
        assertThat(Slugs.slugify("  --Rocket  2.0 -- launch!! ")).isEqualTo("rocket-2-0-launch");
        assertThat(Slugs.slugify("Ærøskøbing")).isEqualTo("r-sk-bing");
        assertThat(Slugs.slugify("日本語")).isEmpty();
    }
}
