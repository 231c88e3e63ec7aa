package se.icld.gendernetwork.contracts.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The checks every configured list with ids shares: one test per rule. */
class ConfiguredListsTest {

    @Test
    void anIdIsLowerCaseLettersDigitsAndHyphensStartingWithALetterAtMostForty() {
        assertThat(ConfiguredLists.isId("network-2024")).isTrue();
        assertThat(ConfiguredLists.isId("a" + "b".repeat(39))).isTrue();
        assertThat(ConfiguredLists.isId("a" + "b".repeat(40))).isFalse();
        assertThat(ConfiguredLists.isId("2024-network")).isFalse();
        assertThat(ConfiguredLists.isId("Network")).isFalse();
        assertThat(ConfiguredLists.isId("a.b")).isFalse();
        assertThat(ConfiguredLists.isId(null)).isFalse();
    }

    @Test
    void eachItemsIdThenTheRestIsCheckedInOrderNamedByWhereItIsConfigured() {
        List<String> problems = new ArrayList<>();

        ConfiguredLists.check(List.of("a", "Bad Id", "a"), "x.things", "thing", id -> id, problems,
                (item, where) -> problems.add(where + " checked"));

        assertThat(problems).containsExactly("x.things[0] checked",
                "x.things[1].id must be lower-case letters, digits and hyphens, starting with a letter (at most 40), not 'Bad Id'",
                "x.things[1] checked",
                "x.things[2].id 'a' is used by an earlier thing; ids must be unique",
                "x.things[2] checked");
    }
}
