package rocket.adapters.expressions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DialectNormalizerTest {
    private static String el(String source) {
        return DialectNormalizer.normalise(source);
    }

    @Test
    void strictEqualityAndNilBecomeEl() {
        assertThat(el("record.status === 'draft' && old.x !== nil"))
                .isEqualTo("fn:equal(record.status, 'draft') && old.x != null");
        assertThat(el("record.x == undefined")).isEqualTo("record.x == null");
    }

    @Test
    void wordOperatorsAreUnderstoodAndComparisonsOfPossibleTextBecomeFunctions() {
        assertThat(el("a.b > 1 and not c or d lt 2")).isEqualTo("fn:greater(a.b, 1) && !c || fn:less(d, 2)");
        assertThat(el("x eq 1 || y ne 2 || z ge 3 || w le 4 || v gt 5")).isEqualTo("fn:equal(x, 1) || !fn:equal(y, 2)"
                + " || fn:greaterEqual(z, 3) || fn:lessEqual(w, 4) || fn:greater(v, 5)");
        assertThat(el("a div 2 mod 3")).isEqualTo("fn:divide(a, 2) % 3");
        assertThat(el("1 < 2 && 3 div 4 == 0.75 && x == nil")).as("numbers and null keep EL's operators")
                .isEqualTo("1 < 2 && 3 / 4 == 0.75 && x == null");
        assertThat(el("empty record.items")).isEqualTo("empty record.items");
        assertThat(el("record.ok ? 'yes' : 'no'")).isEqualTo("record.ok ? 'yes' : 'no'");
    }

    @Test
    void membershipBecomesAContainsCallWithTheContainerFirst() {
        assertThat(el("record.status in ['a', 'b']")).isEqualTo("fn:contains(['a', 'b'], record.status)");
        assertThat(el("'admin' in user.roles && len(record.items) > 0"))
                .isEqualTo("fn:contains(user.roles, 'admin') && fn:len(record.items) > 0");
        assertThat(el("len(x) in sizes")).isEqualTo("fn:contains(sizes, fn:len(x))");
        assertThat(el("record.items[0].id in ids")).isEqualTo("fn:contains(ids, record.items[0].id)");
        assertThat(el("(a in b) == (c in d)")).isEqualTo("fn:equal((fn:contains(b, a)), (fn:contains(d, c)))");
    }

    @Test
    void negatedMembershipIsSupportedInAllThreeSpellings() {
        assertThat(el("record.status not in ['closed']")).isEqualTo("!fn:contains(['closed'], record.status)");
        assertThat(el("not record.status in ['closed']")).isEqualTo("!fn:contains(['closed'], record.status)");
        assertThat(el("!(record.status in ['closed'])")).isEqualTo("!(fn:contains(['closed'], record.status))");
    }

    @Test
    void membershipBindsTighterThanEqualityAndLooserThanArithmetic() {
        assertThat(el("a + 1 in list == true")).isEqualTo("fn:equal(fn:contains(list, fn:plus(a, 1)), true)");
        assertThat(el("x in a || y in b")).isEqualTo("fn:contains(a, x) || fn:contains(b, y)");
    }

    @Test
    void arithmeticBecomesAFunctionUnlessBothSidesAreCertainlyNumbers() {
        assertThat(el("record.first + ' ' + record.last")).isEqualTo("fn:plus(fn:plus(record.first, ' '), record.last)");
        assertThat(el("record.total * 2 + 1")).isEqualTo("fn:times(record.total, 2) + 1");
        assertThat(el("1 + 2 * 3")).isEqualTo("1 + 2 * 3");
        assertThat(el("(1 + 2) * 3")).isEqualTo("(1 + 2) * 3");
        assertThat(el("a - b + c")).isEqualTo("fn:plus(fn:minus(a, b), c)");
        assertThat(el("a + b - c")).isEqualTo("fn:minus(fn:plus(a, b), c)");
        assertThat(el("-a + 1")).isEqualTo("fn:negate(a) + 1");
        assertThat(el("len(a) * 2 - abs(b)")).as("functions returning numbers").isEqualTo("fn:len(a) * 2 - fn:abs(b)");
    }

    @Test
    void helperFunctionsGetTheElPrefixAndTheElFormIsAcceptedToo() {
        assertThat(el("lower(trim(record.name)) == 'x'")).isEqualTo("fn:equal(fn:lower(fn:trim(record.name)), 'x')");
        assertThat(el("abs(record.delta) < 5 && startsWith(a, 'x') && endsWith(a, 'y') && contains(a, 'z')"))
                .isEqualTo("fn:abs(record.delta) < 5 && fn:startsWith(a, 'x') && fn:endsWith(a, 'y') && fn:contains(a, 'z')");
        assertThat(el("fn:len(x) > 0")).isEqualTo("fn:len(x) > 0");
        assertThat(el("record.ok ? fn:len(a) : 0")).isEqualTo("record.ok ? fn:len(a) : 0");
    }

    @Test
    void exprLangInfixStringOperatorsBecomeFunctions() {
        assertThat(el("record.name startsWith 'Ro' && record.name endsWith 't' && record.name contains 'ck'"))
                .isEqualTo("fn:startsWith(record.name, 'Ro') && fn:endsWith(record.name, 't') && fn:contains(record.name, 'ck')");
    }

    @Test
    void javascriptStringMethodsBecomeFunctions() {
        assertThat(el("record.tags.includes('x')")).isEqualTo("fn:contains(record.tags, 'x')");
        assertThat(el("record.name.toLowerCase().startsWith('ro')")).isEqualTo("fn:startsWith(fn:lower(record.name), 'ro')");
        assertThat(el("record.name.trim().toUpperCase() === 'X'"))
                .isEqualTo("fn:equal(fn:upper(fn:trim(record.name)), 'X')");
    }

    @Test
    void javascriptDatesBecomeDateFunctions() {
        assertThat(el("new Date(record.end_date) >= new Date(record.start_date)"))
                .isEqualTo("fn:date(record.end_date) >= fn:date(record.start_date)");
        assertThat(el("new Date(record.due) < new Date()")).isEqualTo("fn:date(record.due) < fn:now()");
    }

    @Test
    void optionalChainingAndNullCoalescingAreUnderstood() {
        assertThat(el("record?.customer?.name ?? 'anonymous'")).isEqualTo("fn:coalesce(record.customer.name, 'anonymous')");
        assertThat(el("a ? .5 : 1")).isEqualTo("a ? 0.5 : 1");
    }

    @Test
    void stringLiteralsAreNeverRewrittenAndAreReEncodedForEl() {
        assertThat(el("record.note == 'nil in len(x) === y'")).isEqualTo("fn:equal(record.note, 'nil in len(x) === y')");
        assertThat(el("record.note == \"it's\"")).isEqualTo("fn:equal(record.note, 'it\\'s')");
        assertThat(el("record.note == 'a\\\\b'")).isEqualTo("fn:equal(record.note, 'a\\\\b')");
        assertThat(el("record.note == '${x} #{y} }'")).isEqualTo("fn:equal(record.note, '${x} #{y} }')");
    }

    @Test
    void elReservedWordsUsedAsKeysBecomeBracketAccess() {
        assertThat(el("record.empty || record.div > 1 || record.nil == nil"))
                .isEqualTo("record['empty'] || fn:greater(record['div'], 1) || record.nil == null");
        assertThat(el("record['status'] == 'x'")).isEqualTo("fn:equal(record['status'], 'x')");
    }

    @Test
    void listLiteralsAndNumbersAreKept() {
        assertThat(el("[1, 2.5, 3e2, 'x', nil, []]")).isEqualTo("[1, 2.5, 3e2, 'x', null, []]");
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "record.getClass()                          | method calls are not supported: '.getClass(...)'",
        "''.getClass().forName('java.lang.Runtime') | method calls are not supported: '.getClass(...)'",
        "T(java.lang.Runtime)                       | unknown function 'T'",
        "x -> x                                     | lambda expressions are not supported",
        "(x) => x                                   | lambda expressions are not supported",
        "record.name = 'y'                          | assignment is not supported",
        "record.name += 'y'                         | assignment is not supported",
        "a; b                                       | multiple statements are not supported",
        "{a > 1}                                    | starts neither a map ({key: value}) nor the closure",
        "1..5                                       | ranges are not supported",
        "\"record.tags | len\"                        | pipes are not supported",
        "$env.HOME                                  | '$env' is not supported",
        "record.name matches '(unclosed'            | invalid regular expression '(unclosed'",
        "new java.io.File('x')                      | only 'new Date(...)' is supported",
        "len(a, b)                                  | function 'len' takes 1 argument, got 2",
        "record.total >>> 3 (                       | unexpected '>'",
        "record.total >                             | unexpected end of expression",
        "'unterminated                              | unterminated string",
        "(a == b                                    | expected ')' but the expression ended",
        "a # b                                      | '#' is only meaningful inside a closure",
        "12abc                                      | malformed number",
        "a b                                        | unexpected 'b'",
    })
    void unsupportedOrMalformedInputIsASyntaxErrorSayingWhy(String source, String problem) {
        assertThatThrownBy(() -> el(source)).isInstanceOf(DialectNormalizer.SyntaxError.class).hasMessageContaining(problem);
    }

    @Test
    void absurdNestingIsRefusedInsteadOfOverflowingTheStack() {
        String deep = "(".repeat(5_000) + "1" + ")".repeat(5_000);
        assertThatThrownBy(() -> el(deep)).isInstanceOf(DialectNormalizer.SyntaxError.class).hasMessageContaining("nested too deeply");
        assertThat(el("(".repeat(20) + "1" + ")".repeat(20))).isEqualTo("(".repeat(20) + "1" + ")".repeat(20));
    }
}
