package org.dossier.export;

import java.util.List;

/**
 * What an export will hide, before it is written: each place, as the export will read it; and each
 * picture it embeds ("Event of 2023-11-20 18:36 CST: whiteboard.png"), re-encoded without its
 * metadata, since no mark can go on what a picture shows: the reporter checks those by eye.
 */
public record RedactionPreview(List<RedactionPlace> places, List<String> pictures) {
    public RedactionPreview {
        places = List.copyOf(places);
        pictures = List.copyOf(pictures);
    }
}
