package org.dossier.model;

/**
 * What the reporter writes about a pinned event for the story's readers.
 *
 * @param headline what the published timeline shows; never blank
 * @param note     a sentence or two of context, or null
 * @param media    a picture or a link shown with the event (a URL, or a file's path), or null
 */
public record StoryText(String headline, String note, String media) {
    public StoryText {
        if (headline == null || headline.isBlank()) {
            throw new IllegalArgumentException("a pinned event needs a headline");
        }
        headline = headline.strip();
        note = note == null || note.isBlank() ? null : note.strip();
        media = media == null || media.isBlank() ? null : media.strip();
    }
}
