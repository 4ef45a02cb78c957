package org.ap4tracker.citation;

import org.ap4tracker.events.EventCatalog;
import org.ap4tracker.events.EventDetail;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * An event's citation as files for reference managers: BibTeX and CSL-JSON. Like the event page, a withdrawn
 * event answers 410 and a draft or unknown slug 404.
 */
@RestController
class CitationController {

    static final String BIBTEX = "application/x-bibtex;charset=UTF-8";
    static final String CSL_JSON = "application/vnd.citationstyles.csl+json";

    private final EventCatalog catalog;
    private final Citations citations;

    CitationController(EventCatalog catalog, Citations citations) {
        this.catalog = catalog;
        this.citations = citations;
    }

    @GetMapping(path = "/events/{slug}/cite.bib", produces = BIBTEX)
    ResponseEntity<String> bibtex(@PathVariable String slug) {
        Citation citation = citationOf(slug);
        return ResponseEntity.ok().headers(headers -> headers.setContentDisposition(file(citation, ".bib")))
                .body(citation.bibtex());
    }

    /** A CSL-JSON document: a list of items, here one. */
    @GetMapping(path = "/events/{slug}/cite.json", produces = CSL_JSON)
    ResponseEntity<String> cslJson(@PathVariable String slug) {
        Citation citation = citationOf(slug);
        return ResponseEntity.ok().headers(headers -> headers.setContentDisposition(file(citation, ".json")))
                .body(citations.cslJson(citation));
    }

    private Citation citationOf(String slug) {
        EventDetail event = catalog.publicEvent(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (event.isWithdrawn()) {
            throw new ResponseStatusException(HttpStatus.GONE);
        }
        return citations.of(event);
    }

    /** Shown in the browser where it can be, saved under the citation key where not. */
    private static ContentDisposition file(Citation citation, String extension) {
        return ContentDisposition.inline().filename(citation.key() + extension).build();
    }
}
