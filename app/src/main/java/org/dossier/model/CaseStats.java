package org.dossier.model;

/**
 * Counts over a whole case.
 *
 * @param documents          documents, attachments and e-mails as imported (the text OCR read is counted apart)
 * @param awaitingExtraction items with text that no extraction pass has read yet (decision 0016)
 * @param ocrTexts           pictures or pages whose text OCR read (decision 0026)
 * @param ocrFailed          pictures OCR could not read, each with its reason
 * @param awaitingOcr        pictures no OCR pass has read yet
 */
public record CaseStats(
        long sources,
        long documents,
        long conversations,
        long messages,
        long systemEvents,
        long entities,
        long mentions,
        long events,
        long failed,
        long awaitingExtraction,
        long ocrTexts,
        long ocrFailed,
        long awaitingOcr) {
}
