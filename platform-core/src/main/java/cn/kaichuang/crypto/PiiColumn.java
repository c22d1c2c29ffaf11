package cn.kaichuang.crypto;

/** A database column holding values sealed by {@link PiiCipher}, with the key column of its table. */
public record PiiColumn(String table, String column, String idColumn) {

    @Override
    public String toString() {
        return table + "." + column;
    }
}
