package org.ap4tracker.events;

/**
 * Where a translation stands against its original: none yet, made from the original as it reads now, or made
 * from an earlier text of it (the original's title, summary or body changed since it was translated).
 */
public enum TranslationState {
    MISSING, CURRENT, OUTDATED
}
