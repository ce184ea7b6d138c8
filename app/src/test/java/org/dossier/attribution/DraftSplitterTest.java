package org.dossier.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.store.ClaimStore.DraftClaim;
import org.junit.jupiter.api.Test;

/** A draft becomes one claim a sentence, English or Chinese, under its section. */
class DraftSplitterTest {
    @Test
    void sentencesInEnglishAndChineseUnderTheirHeadings() {
        String draft = """
                Halcyon Dynamics used Lumina's API to build Tidewater-7B. Mr. Chen Li ordered the team to stop on Nov. 20, 2023.

                # The suspension
                Lumina suspended the account two days later. 海辰动力称其已于11月20日停止调用。Northgate Cloud said it
                was reviewing the traffic.
                """;
        assertEquals(List.of(
                new DraftClaim("Halcyon Dynamics used Lumina's API to build Tidewater-7B.", null),
                new DraftClaim("Mr. Chen Li ordered the team to stop on Nov. 20, 2023.", null),
                new DraftClaim("Lumina suspended the account two days later.", "The suspension"),
                new DraftClaim("海辰动力称其已于11月20日停止调用。", "The suspension"),
                new DraftClaim("Northgate Cloud said it was reviewing the traffic.", "The suspension")), DraftSplitter.split(draft));
    }

    @Test
    void nothingButHeadingsAndBlanksMakesNoClaim() {
        assertEquals(List.of(), DraftSplitter.split("# Heading\n\n   \n"));
    }
}
