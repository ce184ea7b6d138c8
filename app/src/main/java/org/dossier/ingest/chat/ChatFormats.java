package org.dossier.ingest.chat;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Recognises chat exports by their structure, not their names: a Slack day file by the export
 * around it, a Telegram, Discord or Meta export by its JSON outline, Lark messages by their first
 * one, a WhatsApp, Signal, WeChat or iMessage text export by its first lines, a Telegram, iMessage
 * or old Facebook HTML page by its layout (留痕's WeChat page by its template and message array),
 * a WeChat CSV by its header, PyWxDump's JSON by its first message and its HTML export's data by its first line, a CSV or JSON Lines log by the mapped columns in its header.
 */
public final class ChatFormats {
    private final ChatOptions options;

    public ChatFormats(ChatOptions options) {
        this.options = options;
    }

    /**
     * The reader for a file, or null when it is not part of a chat export.
     *
     * @param slack the Slack export the file lies in, or null
     */
    public ChatReader readerFor(Path file, String receivedPath, String mediaType, SlackExport slack) {
        if (slack != null) {
            ChatReader day = slack.readerFor(receivedPath);
            if (day != null) {
                return day;
            }
        }
        String name = receivedPath.toLowerCase(Locale.ROOT);
        ChatLogMapping chatLog = options.chatLog();
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return chatLog != null && ChatLogReader.matches(file, chatLog, true) ? new ChatLogReader(chatLog, true)
                    : LarkPages.holdMessages(file) ? new LarkReader() : null;
        }
        if (name.endsWith(".csv") || name.endsWith(".tsv") || "text/csv".equals(mediaType)) {
            return chatLog != null && ChatLogReader.matches(file, chatLog, false) ? new ChatLogReader(chatLog, false)
                    : WeChatCsvReader.matches(file) ? new WeChatCsvReader() : null;
        }
        if ("application/json".equals(mediaType) || name.endsWith(".json")) {
            JsonShape shape = JsonShape.of(file);
            if (shape.isDiscord()) {
                return new DiscordReader();
            }
            if (shape.isTelegram()) {
                return new TelegramReader();
            }
            if (shape.isMeta()) {
                return new MetaReader();
            }
            if (shape.isPyWxDump()) {
                return new PyWxDumpReader();
            }
            return LarkPages.holdMessages(file) ? new LarkReader() : null;
        }
        if (mediaType != null && mediaType.startsWith("text/html") || name.endsWith(".html") || name.endsWith(".htm")) {
            FileHead head = FileHead.of(file);
            return TelegramHtmlReader.looksLikeExport(head) ? new TelegramHtmlReader()
                    : IMessageHtmlReader.looksLikeExport(head) ? new IMessageHtmlReader()
                    : MetaHtmlReader.looksLikeExport(head) ? new MetaHtmlReader()
                    : WeChatHtmlReader.looksLikeExport(head, file) ? new WeChatHtmlReader() : null;
        }
        if (mediaType != null && mediaType.endsWith("javascript") || name.endsWith(".js")) {
            return PyWxDumpReader.isDataJs(FileHead.of(file)) ? new PyWxDumpReader() : null;
        }
        if (mediaType != null && (mediaType.startsWith("text/plain") || mediaType.startsWith("text/x-web-markdown"))
                || name.endsWith(".txt") || name.endsWith(".md")) {
            FileHead head = FileHead.of(file);
            return SignalReader.looksLikeExport(head) ? new SignalReader()
                    : WhatsAppReader.looksLikeExport(head) ? new WhatsAppReader(options.dateOrder())
                    : WeChatTextReader.looksLikeExport(head) ? new WeChatTextReader()
                    : WechatExporterReader.looksLikeExport(head) ? new WechatExporterReader()
                    : IMessageReader.looksLikeExport(head) ? new IMessageReader() : null;
        }
        return null;
    }
}
