package org.dossier.model;

/**
 * An event of the story timeline: the event as it was on the timeline when pinned, what the
 * reporter wrote about it, and the chapter it falls in.
 *
 * @param storyId       the pinned event's own id, for editing it
 * @param event         the event as pinned; its excerpt is the words it was pinned for
 * @param citation      where those words come from, or null for an event added by hand alone
 * @param chapter       the title of the chapter it falls in (the last begun at or before it), or null
 * @param beginsChapter whether that chapter begins at this event
 */
public record StoryEvent(long storyId, TimelineEvent event, StoryText text, String chapter, boolean beginsChapter,
                         Citation citation) {
}
