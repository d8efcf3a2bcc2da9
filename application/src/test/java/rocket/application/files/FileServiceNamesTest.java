package rocket.application.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileServiceNamesTest {
    @Test
    void displayNamesLoseDirectoriesAndControlCharacters() {
        assertThat(FileService.displayName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileService.displayName("C:\\Windows\\evil.exe")).isEqualTo("evil.exe");
        assertThat(FileService.displayName("a\r\nSet-Cookie: x=1.txt")).isEqualTo("aSet-Cookie: x=1.txt");
        assertThat(FileService.displayName("..")).isEqualTo("file");
        assertThat(FileService.displayName(null)).isEqualTo("file");
        assertThat(FileService.displayName("日本語.pdf")).isEqualTo("日本語.pdf");
    }

    @Test
    void onlyPlainMediaTypesAreKept() {
        assertThat(FileService.mediaType("image/png")).isEqualTo("image/png");
        assertThat(FileService.mediaType("text/plain; charset=utf-8")).isEqualTo("text/plain");
        assertThat(FileService.mediaType("text/html\r\nX-Evil: 1")).isEqualTo("application/octet-stream");
        assertThat(FileService.mediaType(null)).isEqualTo("application/octet-stream");
    }
}
