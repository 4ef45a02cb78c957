package org.ap4tracker.imports;

import java.io.IOException;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletResponse;
import org.ap4tracker.events.EventType;
import org.ap4tracker.system.OversizedUploads;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The desk's import pages: upload a file, follow its dry run, read the report, confirm. They work without
 * JavaScript: while a job runs, its page asks the browser to load it again every few seconds (the
 * {@code Refresh} header, which every browser follows), and says so.
 */
@Controller
class ImportController {

    /** The largest file taken, 10 MiB: thousands of events; the servlet's own limit is set a little above. */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    static final int REFRESH_SECONDS = 2;

    private final ImportJobs imports;

    ImportController(ImportJobs imports) {
        this.imports = imports;
    }

    @GetMapping("/admin/imports")
    String index(Model model) {
        String problem = model.containsAttribute(OversizedUploads.FLASH) ? "import.upload.tooLarge" : null;
        return form(model, ImportFormat.TRACKER_CSV, EventType.STATEMENT, problem);
    }

    @PostMapping("/admin/imports")
    String upload(@RequestParam(defaultValue = "TRACKER_CSV") String format,
            @RequestParam(defaultValue = "STATEMENT") String defaultType,
            @RequestParam(required = false) @Nullable MultipartFile file, Model model,
            HttpServletResponse response) throws IOException {
        ImportFormat chosenFormat = constant(ImportFormat.class, format);
        EventType chosenType = constant(EventType.class, defaultType);
        String problem = file == null || file.isEmpty() ? "import.upload.fileRequired"
                : file.getSize() > MAX_BYTES ? "import.upload.tooLarge"
                : null;
        if (problem != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, chosenFormat, chosenType, problem);
        }
        long id = imports.start(chosenFormat, fileName(file), file.getBytes(), chosenType);
        return "redirect:/admin/imports/" + id;
    }

    @GetMapping("/admin/imports/{id}")
    String job(@PathVariable long id, Model model, HttpServletResponse response) {
        ImportJob job = imports.job(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (job.status().running()) {
            response.setHeader("Refresh", String.valueOf(REFRESH_SECONDS));
        }
        model.addAttribute("job", job);
        model.addAttribute("refreshSeconds", REFRESH_SECONDS);
        return "admin/imports/job";
    }

    @PostMapping("/admin/imports/{id}/commit")
    String commit(@PathVariable long id) {
        imports.job(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!imports.confirm(id)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        return "redirect:/admin/imports/" + id;
    }

    private String form(Model model, ImportFormat format, EventType defaultType, @Nullable String problem) {
        model.addAttribute("formats", ImportFormat.values());
        model.addAttribute("types", EventType.values());
        model.addAttribute("format", format);
        model.addAttribute("defaultType", defaultType);
        model.addAttribute("uploadProblem", problem);
        model.addAttribute("jobs", imports.recent(20));
        model.addAttribute("maxMegabytes", MAX_BYTES / 1024 / 1024);
        return "admin/imports/index";
    }

    /** The name as the browser sent it, without any folders, and cut to what the table keeps. */
    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        name = name.replaceAll("\\p{Cntrl}", "");
        if (name.isEmpty()) {
            name = "upload";
        }
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(value)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    }
}
