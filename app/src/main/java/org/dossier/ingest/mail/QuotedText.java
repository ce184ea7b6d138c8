package org.dossier.ingest.mail;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a mail's own words end and the earlier mails it quotes begin, so a reader can fold them:
 * the first line that opens a quote ("&gt;", "On … wrote:", an Outlook From/Sent block, "-----Original
 * Message-----", their Chinese forms), when the mail wrote something of its own before it. A mail
 * that forwards first and writes after (bottom-posting) is not folded: its own words would be hidden.
 */
public final class QuotedText {
    /** A line that says a quote begins, with no mark of its own: "On … wrote:", "-----Original Message-----", a rule. */
    private static final Pattern OPENER = Pattern.compile(
            "(?i)^\\s*on .{4,200} wrote:\\s*$|^\\s*-{2,}\\s*(?:original message|forwarded message|原始邮件|原始郵件|转发邮件|轉寄郵件)\\s*-{2,}.*"
                    + "|^\\s*在.{4,80}写道[:：]?\\s*$|^\\s*_{8,}\\s*$");
    private static final Pattern MARKED = Pattern.compile("^\\s*>.*");
    private static final Pattern FROM = Pattern.compile("(?i)^\\s*(?:from|发件人|寄件者)\\s*[:：].*");
    private static final Pattern BLOCK = Pattern.compile("(?i)^\\s*(?:sent|date|to|发送时间|日期|收件人|寄件日期|收件者)\\s*[:：].*");
    /** The other lines of a quoted mail's header block. */
    private static final Pattern HEADER = Pattern.compile("(?i)^\\s*(?:cc|subject|抄送|主题|副本|主旨)\\s*[:：].*");

    private QuotedText() {
    }

    /** The offset in the text where the quoted mails begin, or -1 when nothing is to fold. */
    public static int start(String text, String title) {
        List<String> lines = text.lines().toList();
        boolean ownWords = false;
        int offset = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean subject = i == 0 && title != null && line.strip().equals(title.strip());
            if (!subject && opens(lines, i)) {
                return ownWords ? offset : -1;
            }
            ownWords |= !subject && !line.isBlank();
            offset = text.indexOf('\n', offset) + 1;
            if (offset == 0) {
                break;
            }
        }
        return -1;
    }

    /** Whether a line (its quote marks taken off) opens a quote or belongs to a quoted mail's header block: not a mail's own words. */
    static boolean isQuoteHeader(String line) {
        return OPENER.matcher(line).matches() || FROM.matcher(line).matches() || BLOCK.matcher(line).matches()
                || HEADER.matcher(line).matches();
    }

    private static boolean opens(List<String> lines, int i) {
        if (MARKED.matcher(lines.get(i)).matches() || OPENER.matcher(lines.get(i)).matches()) {
            return true;
        }
        if (FROM.matcher(lines.get(i)).matches()) {
            for (int next = i + 1; next < Math.min(lines.size(), i + 4); next++) {
                if (BLOCK.matcher(lines.get(next)).matches()) {
                    return true;
                }
            }
        }
        return false;
    }
}
