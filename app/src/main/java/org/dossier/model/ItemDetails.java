package org.dossier.model;

import java.util.List;
import java.util.Map;

/**
 * What a reader shows beside an item's text: the item it is embedded in (an e-mail for its
 * attachment), and every metadata value its parser reported, verbatim.
 */
public record ItemDetails(String parentHeading, Map<String, List<String>> metadata) {
    public ItemDetails {
        metadata = Map.copyOf(metadata);
    }
}
