package org.ap4tracker.events;

/**
 * What besides events has translations, and where: the table of the originals, the column that names one in
 * addresses, and the table of its translations with the column of the translated name. A storyline's
 * translation also has a description.
 */
public enum TranslatedName {

    STORYLINE("development", "slug", "title", "development_translation", "development_id", 160),
    ACTOR("actor", "code", "name", "actor_translation", "actor_id", 120),
    TOPIC("topic", "slug", "label", "topic_translation", "topic_id", 120);

    private final String table;
    private final String keyColumn;
    private final String nameColumn;
    private final String translationTable;
    private final String idColumn;
    private final int nameMax;

    TranslatedName(String table, String keyColumn, String nameColumn, String translationTable, String idColumn,
            int nameMax) {
        this.table = table;
        this.keyColumn = keyColumn;
        this.nameColumn = nameColumn;
        this.translationTable = translationTable;
        this.idColumn = idColumn;
        this.nameMax = nameMax;
    }

    String table() {
        return table;
    }

    String keyColumn() {
        return keyColumn;
    }

    String nameColumn() {
        return nameColumn;
    }

    String translationTable() {
        return translationTable;
    }

    String idColumn() {
        return idColumn;
    }

    public int nameMax() {
        return nameMax;
    }

    public boolean hasDescription() {
        return this == STORYLINE;
    }

    /** The original's columns that its translation is made from, for translation_source_digest. */
    String digestColumns() {
        return hasDescription() ? "o.title, o.description" : "o." + nameColumn;
    }
}
