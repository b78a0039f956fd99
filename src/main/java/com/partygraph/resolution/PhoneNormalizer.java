package com.partygraph.resolution;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Phone numbers as match keys in E.164 ({@code +14155550123}, with an extension as
 * {@code +14155550123;ext=77}), parsed by libphonenumber with the configured default region for numbers
 * written without a country code. Thread-safe.
 */
@Component
public class PhoneNormalizer {

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

    private final String defaultRegion;

    public PhoneNormalizer(ResolutionSettings settings) {
        this.defaultRegion = settings.defaultRegion();
    }

    /** The region numbers written without a country code are read in. */
    public String defaultRegion() {
        return this.defaultRegion;
    }

    /** The E.164 form, or empty when {@code raw} is null, blank or not a valid number. */
    public Optional<String> normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = this.phones.parse(raw, this.defaultRegion);
            if (!this.phones.isValidNumber(number)) {
                return Optional.empty();
            }
            String e164 = this.phones.format(number, PhoneNumberFormat.E164);
            // An extension names one desk behind a shared line: kept, in RFC 3966's form.
            return Optional.of(number.hasExtension() ? e164 + ";ext=" + number.getExtension() : e164);
        } catch (NumberParseException ex) {
            // Not a number at all: the caller reports the raw value as invalid.
            return Optional.empty();
        }
    }
}
