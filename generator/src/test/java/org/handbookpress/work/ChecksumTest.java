package org.handbookpress.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChecksumTest {

    @Test
    void isCrc32ThenCrc32cOfTheBytes() {
        // The two polynomials' published check values, for the nine digits.
        assertEquals("cbf43926" + "e3069283", Checksum.hex("123456789".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("00000000" + "00000000", Checksum.hex(new byte[0]));
    }

    @Test
    void inPartsAsInOne() {
        byte[] all = "Group agreements, read aloud at the start of each session.".getBytes(StandardCharsets.UTF_8);
        Checksum parts = new Checksum();
        parts.update(java.util.Arrays.copyOfRange(all, 0, 17)).update(java.util.Arrays.copyOfRange(all, 17, all.length));
        assertEquals(Checksum.hex(all), parts.hex());
    }

    @Test
    void everyOneByteEditOfAPageChangesIt() {
        byte[] page = "# Safeguarding\n\nTell the lead the same day.\n".getBytes(StandardCharsets.UTF_8);
        Set<String> seen = new HashSet<>();
        seen.add(Checksum.hex(page));
        for (int i = 0; i < page.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] edited = page.clone();
                edited[i] ^= (byte) (1 << bit);
                assertNotEquals(Checksum.hex(page), Checksum.hex(edited), "byte " + i + " bit " + bit);
                seen.add(Checksum.hex(edited));
            }
        }
        assertEquals(1 + page.length * 8, seen.size(), "no two edits alike");
    }
}
