package org.dossier.text;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.ibm.icu.util.TimeZone;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Phone numbers, written as people write them ("+86 138 0013 8000", "(020) 7946 0018", "138-0013-8000"),
 * as one form (E.164: "+8613800138000") so that two accounts giving the same number can be told.
 * A number written without its country code is read as the case's country's, which the case's time
 * zone gives; a case in UTC reads only numbers written with their country code.
 */
public final class PhoneNumbers {
    /** What a number needs before the parser is asked at all: most text and most names hold no run of seven digits. */
    private static final int FEWEST_DIGITS = 7;
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    /**
     * libphonenumber warns, on the console, of each country whose other ways of grouping digits it
     * does not ship (the United States among them), and then goes by the usual grouping: nothing a
     * reporter should read. Held here so that the setting is not collected with the logger.
     */
    private static final Logger QUIET = quiet();
    /** libphonenumber's region for a number with its country code written. */
    private static final String NO_REGION = "ZZ";

    /** A number found in a text: its span, and its E.164 form. */
    public record Found(int start, int end, String number) {
    }

    private PhoneNumbers() {
    }

    /** The country whose numbers are written without a country code where this zone is ("CN" for Asia/Shanghai), or "ZZ" for none. */
    public static String region(ZoneId zone) {
        try {
            String region = TimeZone.getRegion(zone.getId());
            return region == null || region.length() != 2 ? NO_REGION : region;
        } catch (IllegalArgumentException anOffset) { // "Z", "+08:00": a time, not a place
            return NO_REGION;
        }
    }

    /** The valid phone numbers written in a text. */
    public static List<Found> in(String text, String region) {
        List<Found> found = new ArrayList<>();
        if (digits(text) < FEWEST_DIGITS) {
            return found;
        }
        // Digits grouped as the country groups a number's parts: "invoice 2023/000123" is not a number.
        for (PhoneNumberMatch match : PHONES.findNumbers(text, region, PhoneNumberUtil.Leniency.STRICT_GROUPING, Long.MAX_VALUE)) {
            found.add(new Found(match.start(), match.end(), e164(match.number())));
        }
        return found;
    }

    /** The number a whole string is (a chat participant named by their number), if it is one and valid. */
    public static Optional<String> whole(String written, String region) {
        if (written == null || digits(written) < FEWEST_DIGITS || written.chars().anyMatch(Character::isLetter)) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = PHONES.parse(written, region);
            return PHONES.isValidNumber(number) ? Optional.of(e164(number)) : Optional.empty();
        } catch (NumberParseException notANumber) {
            return Optional.empty();
        }
    }

    /** A number as people read it ("+86 138 0013 8000"). */
    public static String readable(String e164) {
        try {
            return PHONES.format(PHONES.parse(e164, NO_REGION), PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException notANumber) {
            return e164;
        }
    }

    private static String e164(PhoneNumber number) {
        return PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
    }

    private static Logger quiet() {
        Logger logger = Logger.getLogger("com.google.i18n.phonenumbers");
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private static int digits(String text) {
        int digits = 0;
        for (int i = 0; i < text.length() && digits < FEWEST_DIGITS; i++) {
            if (Character.isDigit(text.charAt(i))) {
                digits++;
            }
        }
        return digits;
    }
}
