package org.ap4tracker.images;

import org.ap4tracker.events.EventEditor;
import org.ap4tracker.events.PictureDescription;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds an uploaded picture to an event: cleaned first (the slow part, outside any transaction), then kept
 * and shown with the event in one transaction, so a refused change leaves no file behind.
 */
@Service
class PictureUploads {

    private final ImageCleaner cleaner;
    private final ImageStore store;
    private final EventEditor editor;
    private final TransactionTemplate transaction;

    PictureUploads(ImageCleaner cleaner, ImageStore store, EventEditor editor, TransactionTemplate transaction) {
        this.cleaner = cleaner;
        this.store = store;
        this.editor = editor;
        this.transaction = transaction;
    }

    /** Returns the name (SHA-256) of the kept file. */
    String add(String slug, byte[] upload, PictureDescription description) {
        CleanedImage cleaned = cleaner.clean(upload);
        transaction.executeWithoutResult(status -> {
            store.keep(cleaned);
            editor.addPicture(slug, cleaned.sha256(), description);
        });
        return cleaned.sha256();
    }
}
