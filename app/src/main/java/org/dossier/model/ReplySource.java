package org.dossier.model;

/**
 * The file a reply came in (an e-mail, a statement) and where in its text the quoted words are.
 *
 * @param passage the words' character offsets in the text Dossier read from the file
 */
public record ReplySource(String fileName, Sha256 sha256, Span passage) {
}
