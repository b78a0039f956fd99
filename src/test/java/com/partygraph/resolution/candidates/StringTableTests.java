package com.partygraph.resolution.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StringTableTests {

    @Test
    void everyKindOfIdReadsBackAsItWasAddedAndIsFoundByIt() {
        StringTable table = new StringTable();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            ids.add(UUID.nameUUIDFromBytes(("party " + i).getBytes(StandardCharsets.UTF_8))
                    .toString());
            ids.add("demo/contacts/" + i);
        }
        ids.add("6F9619FF-8B86-D011-B42D-00C04FC964FF"); // a UUID in capitals stays as written
        ids.add("crm/kunden/Müller-Lüdenscheidt");
        ids.add("crm/顧客/東京");
        ids.add("");
        for (String id : ids) {
            table.add(id);
        }

        assertThat(table.size()).isEqualTo(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            assertThat(table.get(i)).isEqualTo(ids.get(i));
            assertThat(table.find(ids.get(i))).isEqualTo(i);
        }
        assertThat(table.find("demo/contacts/2000")).isEqualTo(-1);
        assertThat(table.find("6f9619ff-8b86-d011-b42d-00c04fc964ff")).isEqualTo(-1);
    }

    @Test
    void aRemovedIdIsNotFoundAndCanComeBackUnderANewNumber() {
        StringTable table = new StringTable();
        table.add("demo/contacts/1");
        table.add("demo/contacts/2");

        assertThat(table.remove("demo/contacts/1")).isZero();
        assertThat(table.remove("demo/contacts/1")).isEqualTo(-1);
        assertThat(table.find("demo/contacts/1")).isEqualTo(-1);
        assertThat(table.find("demo/contacts/2")).isEqualTo(1);

        assertThat(table.add("demo/contacts/1")).isEqualTo(2);
        assertThat(table.find("demo/contacts/1")).isEqualTo(2);
        assertThat(table.get(0)).isEqualTo("demo/contacts/1");
    }

    @Test
    void stringsWhoseHashesCollideAreEachFoundUnderTheirOwnNumber() {
        // 300,000 strings in 32 bits of hash: about ten pairs share one, and all must still be told apart.
        StringTable table = new StringTable();
        int count = 300_000;
        for (int i = 0; i < count; i++) {
            table.add("crm/contacts/" + i);
        }
        assertThat(table.collisions()).isPositive();
        for (int i = 0; i < count; i += 2) {
            assertThat(table.remove("crm/contacts/" + i)).isEqualTo(i);
        }

        for (int i = 0; i < count; i++) {
            assertThat(table.find("crm/contacts/" + i)).isEqualTo(i % 2 == 0 ? -1 : i);
            assertThat(table.get(i)).isEqualTo("crm/contacts/" + i);
        }
    }

    @Test
    void uidsOfOneTableShareTheirPrefixAndReadBackWholeWhateverTheirKeys() {
        StringTable table = new StringTable();
        List<String> uids = List.of(
                "crm/contacts/1",
                "crm/contacts/7#organization",
                "crm/contacts/a/b/c",
                "crm/leads/1",
                "erp/contacts/1",
                "crm/contacts/",
                "crm/",
                "/x/",
                "crm/contacts/Zoë",
                "crm/contacts/Łukasz");
        uids.forEach(table::add);

        for (int i = 0; i < uids.size(); i++) {
            assertThat(table.find(uids.get(i))).isEqualTo(i);
            assertThat(table.get(i)).isEqualTo(uids.get(i));
        }
        // A uid of a table never seen, looked up, is not found and numbers no prefix.
        assertThat(table.find("hr/people/1")).isEqualTo(-1);
        assertThat(table.add("hr/people/1")).isEqualTo(uids.size());
        assertThat(table.find("hr/people/1")).isEqualTo(uids.size());
    }
}
