package org.ap4tracker.images;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The cleaned files and their variants, in PostgreSQL (V38). */
@Repository
class ImageStore {

    private final JdbcClient jdbc;

    ImageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the file unless it is kept already: the same cleaned bytes always make the same variants. */
    void keep(CleanedImage image) {
        int added = jdbc.sql("""
                insert into image_file (sha256, content_type, width, height, bytes)
                values (:sha256, :type, :width, :height, :bytes)
                on conflict (sha256) do nothing""")
                .param("sha256", image.sha256())
                .param("type", image.contentType())
                .param("width", image.width())
                .param("height", image.height())
                .param("bytes", image.bytes())
                .update();
        if (added == 0) {
            return;
        }
        for (CleanedImage.Variant variant : image.variants()) {
            jdbc.sql("""
                    insert into image_variant (sha256, width, height, content_type, bytes)
                    values (:sha256, :width, :height, :type, :bytes)""")
                    .param("sha256", image.sha256())
                    .param("width", variant.width())
                    .param("height", variant.height())
                    .param("type", variant.contentType())
                    .param("bytes", variant.bytes())
                    .update();
        }
    }

    /** The file at one of its widths: the kept original or a variant. */
    Optional<StoredBytes> find(String sha256, int width) {
        return jdbc.sql("""
                select content_type, bytes from image_file where sha256 = :sha256 and width = :width
                union all
                select content_type, bytes from image_variant where sha256 = :sha256 and width = :width
                limit 1""")
                .param("sha256", sha256)
                .param("width", width)
                .query((rs, row) -> new StoredBytes(rs.getString("content_type"), rs.getBytes("bytes")))
                .optional();
    }

    /**
     * Whether anyone may see the file: a published event shows it. Drafts' pictures are for the desk only, and
     * a withdrawn event's pictures go with it (the reason for withdrawing may be the picture itself).
     */
    boolean isPublic(String sha256) {
        return jdbc.sql("""
                select exists (select 1 from event_image i join event e on e.id = i.event_id
                               where i.sha256 = :sha256 and e.status = 'PUBLISHED')""")
                .param("sha256", sha256)
                .query(Boolean.class)
                .single();
    }

    record StoredBytes(String contentType, byte[] bytes) {
    }
}
