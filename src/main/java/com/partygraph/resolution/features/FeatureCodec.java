package com.partygraph.resolution.features;

import com.partygraph.graph.PartyKind;
import com.partygraph.resolution.normalize.Addresses.Address;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A record's {@link Features} in one byte array, as the resolution index keeps them between searches: a
 * person with an email, a phone and an address takes about 130 bytes here against about 270 as objects (the
 * record, its arrays, its strings and their bytes). Texts are written as a length and their Latin-1 bytes (UTF-8
 * when a character needs it), numbers as variable-length integers. The first byte is the kind, so that
 * {@link #kind(byte[])} answers without decoding the rest. Stateless and thread-safe.
 */
public final class FeatureCodec {

    private static final PartyKind[] KINDS = PartyKind.values();

    private static final String[] NONE = new String[0];

    private static final Address[] NO_ADDRESS = new Address[0];

    private FeatureCodec() {}

    public static byte[] encode(Features f) {
        Writer out = new Writer();
        out.bytes[out.size++] = (byte) f.kind().ordinal();
        out.number(f.birthDate());
        out.text(f.given());
        // The formal form of a given name is most often the name itself (Anna is anna): one byte then.
        boolean formal = !f.givenFormal().equals(f.given());
        out.number(formal ? 1 : 0);
        if (formal) {
            out.text(f.givenFormal());
        }
        out.text(f.middle());
        out.text(f.family());
        out.text(f.generation());
        out.text(f.name());
        out.texts(f.otherNames());
        out.texts(f.emails());
        out.texts(f.phones());
        out.texts(f.domains());
        out.texts(f.emailDomains());
        out.number(f.addresses().length);
        for (Address a : f.addresses()) {
            out.text(a.number());
            out.text(a.street());
            out.text(a.city());
            out.text(a.region());
            out.text(a.postcode());
            out.text(a.country());
        }
        out.texts(f.identifiers());
        return Arrays.copyOf(out.bytes, out.size);
    }

    public static Features decode(byte[] encoded) {
        Reader in = new Reader(encoded);
        PartyKind kind = KINDS[encoded[in.at++]];
        int birthDate = in.number();
        String given = in.text();
        String givenFormal = in.number() == 0 ? given : in.text();
        String middle = in.text();
        String family = in.text();
        String generation = in.text();
        String name = in.text();
        String[] otherNames = in.texts();
        String[] emails = in.texts();
        String[] phones = in.texts();
        String[] domains = in.texts();
        String[] emailDomains = in.texts();
        int count = in.number();
        Address[] addresses = count == 0 ? NO_ADDRESS : new Address[count];
        for (int i = 0; i < count; i++) {
            addresses[i] = new Address(in.text(), in.text(), in.text(), in.text(), in.text(), in.text());
        }
        return new Features(
                kind,
                given,
                givenFormal,
                middle,
                family,
                generation,
                name,
                otherNames,
                emails,
                phones,
                domains,
                emailDomains,
                addresses,
                birthDate,
                in.texts());
    }

    /** The kind of an encoded record. */
    public static PartyKind kind(byte[] encoded) {
        return KINDS[encoded[0]];
    }

    private static final class Writer {

        private byte[] bytes = new byte[96];

        private int size;

        void number(int value) {
            room(5);
            // Seven bits a byte, the high bit set on all but the last.
            while ((value & ~0x7F) != 0) {
                this.bytes[this.size++] = (byte) ((value & 0x7F) | 0x80);
                value >>>= 7;
            }
            this.bytes[this.size++] = (byte) value;
        }

        void text(String value) {
            int length = value.length();
            boolean latin1 = true;
            for (int i = 0; i < length && latin1; i++) {
                latin1 = value.charAt(i) < 256;
            }
            byte[] encoded = value.getBytes(latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
            // The length and, in its lowest bit, whether the bytes are UTF-8.
            number(encoded.length << 1 | (latin1 ? 0 : 1));
            room(encoded.length);
            System.arraycopy(encoded, 0, this.bytes, this.size, encoded.length);
            this.size += encoded.length;
        }

        void texts(String[] values) {
            number(values.length);
            for (String value : values) {
                text(value);
            }
        }

        private void room(int more) {
            if (this.size + more > this.bytes.length) {
                this.bytes = Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.size + more));
            }
        }
    }

    private static final class Reader {

        private final byte[] bytes;

        private int at;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        int number() {
            int value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = this.bytes[this.at++];
                value |= (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
        }

        String text() {
            int header = number();
            int length = header >>> 1;
            if (length == 0) {
                return "";
            }
            String value = new String(
                    this.bytes,
                    this.at,
                    length,
                    (header & 1) == 0 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
            this.at += length;
            return value;
        }

        String[] texts() {
            int count = number();
            if (count == 0) {
                return NONE;
            }
            String[] values = new String[count];
            for (int i = 0; i < count; i++) {
                values[i] = text();
            }
            return values;
        }
    }
}
