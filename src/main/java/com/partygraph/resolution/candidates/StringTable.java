package com.partygraph.resolution.candidates;

import it.unimi.dsi.fastutil.bytes.ByteArrayList;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import it.unimi.dsi.fastutil.objects.ObjectArrayList;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

/**
 * Strings numbered in the order they were added, kept in one byte array instead of a String object each: a
 * record's uid ({@code source/table/key}) as the number of its {@code source/table/} part (kept once) and its key's
 * Latin-1 bytes, a party id that is a UUID in its 16 bytes, anything else in Latin-1 or UTF-8. Found by a 32-bit hash
 * of those bytes (the rare string whose hash another holds, some hundreds in a million, is kept in a map of its own).
 * A million uids and parties take about 30 bytes each here against about 85 as String keys of a hash map.
 * Numbers are never reused; {@link #remove} only makes a string unfindable. Not thread-safe.
 */
final class StringTable {

    private static final byte TEXT = 0;

    private static final byte UUID_BYTES = 1;

    private static final byte UTF8 = 2;

    private static final byte PREFIXED = 3;

    private static final int MAX_PREFIXES = 1 << 16;

    private final ByteArrayList bytes = new ByteArrayList();

    // Where each string's bytes start (its tag byte); the next string's start ends them.
    private final IntArrayList starts = new IntArrayList();

    private final Int2IntOpenHashMap byHash = new Int2IntOpenHashMap();

    private final Object2IntOpenHashMap<String> collided = new Object2IntOpenHashMap<>();

    // A record's uid is source/table/key: its source/table/ part, which the table's records share, is kept once
    // here and named by its number (two bytes) in the string's bytes.
    private final ObjectArrayList<String> prefixes = new ObjectArrayList<>();

    private final Object2IntOpenHashMap<String> prefixNumbers = new Object2IntOpenHashMap<>();

    StringTable() {
        this.byHash.defaultReturnValue(-1);
        this.collided.defaultReturnValue(-1);
        this.prefixNumbers.defaultReturnValue(-1);
    }

    /** How many strings were added. */
    int size() {
        return this.starts.size();
    }

    /** Adds a string under a new number, which finds it from now on; returns the number. */
    int add(String value) {
        byte[] encoded = encode(value, true);
        if (this.bytes.size() > Integer.MAX_VALUE - encoded.length) {
            throw new IllegalStateException("The resolution index holds more than 2 GB of ids");
        }
        int number = this.starts.size();
        this.starts.add(this.bytes.size());
        this.bytes.addElements(this.bytes.size(), encoded);
        int hash = hash(encoded, 0, encoded.length);
        int held = this.byHash.get(hash);
        // A string added again (without being removed) is found under its new number, as a map's put would do.
        if (held < 0 || holds(held, encoded)) {
            this.byHash.put(hash, number);
        } else {
            this.collided.put(value, number);
        }
        return number;
    }

    /** How many strings are kept apart because another held their hash first. */
    int collisions() {
        return this.collided.size();
    }

    /** The number of the string, or -1 when it is not in the table. */
    int find(String value) {
        byte[] encoded = encode(value, false);
        int held = this.byHash.get(hash(encoded, 0, encoded.length));
        if (held >= 0 && holds(held, encoded)) {
            return held;
        }
        return this.collided.isEmpty() ? -1 : this.collided.getInt(value);
    }

    /** Makes the string unfindable; returns its number, or -1 when it was not in the table. */
    int remove(String value) {
        byte[] encoded = encode(value, false);
        int hash = hash(encoded, 0, encoded.length);
        int held = this.byHash.get(hash);
        if (held >= 0 && holds(held, encoded)) {
            this.byHash.remove(hash);
            return held;
        }
        return this.collided.isEmpty() ? -1 : this.collided.removeInt(value);
    }

    /** The string of a number. */
    String get(int number) {
        int start = this.starts.getInt(number);
        int end = number + 1 < this.starts.size() ? this.starts.getInt(number + 1) : this.bytes.size();
        byte[] all = this.bytes.elements();
        return switch (all[start]) {
            case TEXT -> new String(all, start + 1, end - start - 1, StandardCharsets.ISO_8859_1);
            case UUID_BYTES -> new UUID(longAt(all, start + 1), longAt(all, start + 9)).toString();
            case PREFIXED ->
                this.prefixes.get((all[start + 1] & 0xFF) << 8 | all[start + 2] & 0xFF)
                        + new String(all, start + 3, end - start - 3, StandardCharsets.ISO_8859_1);
            default -> new String(all, start + 1, end - start - 1, StandardCharsets.UTF_8);
        };
    }

    private boolean holds(int number, byte[] encoded) {
        int start = this.starts.getInt(number);
        int end = number + 1 < this.starts.size() ? this.starts.getInt(number + 1) : this.bytes.size();
        return Arrays.equals(this.bytes.elements(), start, end, encoded, 0, encoded.length);
    }

    // A string is always encoded the same way once added: its prefix, when it has one, is numbered before it is
    // first added, and a string looked up whose prefix has no number was added without one (or not at all).
    private byte[] encode(String value, boolean adding) {
        if (isUuid(value)) {
            UUID uuid = UUID.fromString(value);
            byte[] encoded = new byte[17];
            encoded[0] = UUID_BYTES;
            putLong(encoded, 1, uuid.getMostSignificantBits());
            putLong(encoded, 9, uuid.getLeastSignificantBits());
            return encoded;
        }
        boolean latin1 = value.chars().allMatch(c -> c < 256);
        int cut = value.indexOf('/', value.indexOf('/') + 1) + 1;
        int prefix = latin1 && cut > 0 ? prefix(value.substring(0, cut), adding) : -1;
        if (prefix >= 0) {
            byte[] key = value.substring(cut).getBytes(StandardCharsets.ISO_8859_1);
            byte[] encoded = new byte[key.length + 3];
            encoded[0] = PREFIXED;
            encoded[1] = (byte) (prefix >>> 8);
            encoded[2] = (byte) prefix;
            System.arraycopy(key, 0, encoded, 3, key.length);
            return encoded;
        }
        byte[] text = value.getBytes(latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        byte[] encoded = new byte[text.length + 1];
        encoded[0] = latin1 ? TEXT : UTF8;
        System.arraycopy(text, 0, encoded, 1, text.length);
        return encoded;
    }

    private int prefix(String prefix, boolean adding) {
        int number = this.prefixNumbers.getInt(prefix);
        if (number < 0 && adding && this.prefixes.size() < MAX_PREFIXES) {
            number = this.prefixes.size();
            this.prefixes.add(prefix);
            this.prefixNumbers.put(prefix, number);
        }
        return number;
    }

    // Only the canonical form (lower-case hex, dashes at 8, 13, 18, 23) is kept in 16 bytes: it reads back the same.
    private static boolean isUuid(String value) {
        if (value.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = value.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    private static void putLong(byte[] into, int at, long value) {
        for (int i = 7; i >= 0; i--) {
            into[at + i] = (byte) value;
            value >>>= 8;
        }
    }

    private static long longAt(byte[] from, int at) {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (from[at + i] & 0xFF);
        }
        return value;
    }

    // 64-bit FNV-1a over the encoded bytes, folded to 32 bits.
    private static int hash(byte[] encoded, int from, int to) {
        long hash = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            hash ^= encoded[i] & 0xFF;
            hash *= 0x100000001b3L;
        }
        return (int) (hash ^ (hash >>> 32));
    }
}
