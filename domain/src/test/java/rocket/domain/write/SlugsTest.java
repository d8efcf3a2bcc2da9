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

    @Test
    void slugsAreStableUnderSlugifyAndOnlyEverContainLowercaseLettersDigitsAndSingleInnerDashes() {
        for (String text : new String[] {"Crème Brûlée 2025", "ÀÉÎÕÜ çñ", "a--b__c", "already-a-slug", "",
                "   ", "Ωmega 🚀 launch", "TAB\tand\nnewline", "ﬁne ligature"}) {
            String slug = Slugs.slugify(text);
            assertThat(slug).as(text).matches("([a-z0-9]+(-[a-z0-9]+)*)?");
            assertThat(Slugs.slugify(slug)).as(text).isEqualTo(slug);
        }
        assertThat(Slugs.slugify("Crème Brûlée 2025")).isEqualTo("creme-brulee-2025");
        assertThat(Slugs.slugify("a--b__c")).isEqualTo("a-b-c");
    }
}
