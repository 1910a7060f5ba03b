package se.balans.io.ledger;

import java.util.Arrays;

/**
 * Numbers distinct texts 0, 1, 2, … in the order first met: a reader's accounts, cost centres or dimension sets,
 * a few hundred or thousand of them, looked up for every row.
 *
 * <p>Why not a {@code HashMap<String, Integer>}: {@code String}'s hash of short digit strings ("1100", "1396")
 * clusters, and the map's bins turned into trees searched for every row. Here the hash is mixed before it picks a
 * slot of an open-addressed table, and a text is compared by instance before by value (readers share instances).
 */
final class TextNumbers {
    private String[] texts = new String[64];
    private int[] numbers = new int[64];
    /** The texts by number: the instance first met of each. */
    private String[] byNumber = new String[32];
    private int size;

    /** The text's number, numbering it if new. */
    int number(String text) {
        int mask = texts.length - 1;
        for (int i = slot(text, mask); ; i = (i + 1) & mask) {
            String t = texts[i];
            if (t == null) {
                return add(text);
            }
            if (t == text || t.equals(text)) {
                return numbers[i];
            }
        }
    }

    /** How many texts are numbered. */
    int size() {
        return size;
    }

    /** The text numbered {@code number}, as first met: one instance for all the equal texts numbered since. */
    String text(int number) {
        return byNumber[java.util.Objects.checkIndex(number, size)];
    }

    private int add(String text) {
        if (2 * (size + 1) > texts.length) {
            String[] oldTexts = texts;
            int[] oldNumbers = numbers;
            texts = new String[2 * oldTexts.length];
            numbers = new int[2 * oldTexts.length];
            for (int i = 0; i < oldTexts.length; i++) {
                if (oldTexts[i] != null) {
                    insert(oldTexts[i], oldNumbers[i]);
                }
            }
        }
        insert(text, size);
        if (size == byNumber.length) {
            byNumber = Arrays.copyOf(byNumber, 2 * size);
        }
        byNumber[size] = text;
        return size++;
    }

    private void insert(String text, int number) {
        int mask = texts.length - 1;
        int i = slot(text, mask);
        while (texts[i] != null) {
            i = (i + 1) & mask;
        }
        texts[i] = text;
        numbers[i] = number;
    }

    private static int slot(String text, int mask) {
        int h = text.hashCode() * 0x9E3779B9;
        return (h ^ h >>> 15) & mask;
    }
}
