package org.ap4tracker.images;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.ap4tracker.events.EditableEvent;
import org.ap4tracker.events.EventEditor;
import org.ap4tracker.events.EventNotFoundException;
import org.ap4tracker.events.EventRuleException;
import org.ap4tracker.events.FieldProblem;
import org.ap4tracker.events.InvalidEventException;
import org.ap4tracker.system.Flash;
import org.ap4tracker.system.OversizedUploads;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The desk's picture section of an event: upload with alt text, caption, credit and licence, change what
 * a picture says, take it off. Plain multipart forms that need no script; a refused upload comes back with
 * the message beside the field (400) and what the editor typed kept.
 */
@Controller
class PictureDeskController {

    private static final String SHA = "{sha256:[0-9a-f]{64}}";
    private static final String EDITING = "editing";

    private final EventEditor editor;
    private final EventPictures pictures;
    private final PictureUploads uploads;
    private final MessageSource messages;

    PictureDeskController(EventEditor editor, EventPictures pictures, PictureUploads uploads, MessageSource messages) {
        this.messages = messages;
        this.editor = editor;
        this.pictures = pictures;
        this.uploads = uploads;
    }

    @GetMapping("/admin/events/{slug}/pictures")
    String show(@PathVariable String slug, Model model, Locale locale) {
        if (model.containsAttribute(OversizedUploads.FLASH)) {
            model.addAttribute("fileProblem", messages.getMessage(
                    problem("picture.file.tooLarge", ImageCleaner.MAX_BYTES / (1024 * 1024)), locale));
        }
        return page(slug, PictureForm.empty(), model);
    }

    @PostMapping("/admin/events/{slug}/pictures")
    String upload(@PathVariable String slug, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @Valid @ModelAttribute("upload") PictureForm form, BindingResult binding, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        editor.open(slug);
        @Nullable MessageSourceResolvable fileProblem = null;
        if (file == null || file.isEmpty()) {
            fileProblem = problem("picture.file.required");
        }
        else if (file.getSize() > ImageCleaner.MAX_BYTES) {
            fileProblem = problem("picture.file.tooLarge", ImageCleaner.MAX_BYTES / (1024 * 1024));
        }
        if (!binding.hasErrors() && fileProblem == null && file != null) {
            try {
                uploads.add(slug, file.getBytes(), form.description());
                Flash.show(redirect, "picture.added");
                return "redirect:/admin/events/" + slug + "/pictures";
            }
            catch (PictureRefusedException refused) {
                fileProblem = problem(refused.messageCode(), refused.args());
            }
            catch (EventRuleException rule) {
                fileProblem = problem(rule.messageCode());
            }
            catch (InvalidEventException invalid) {
                reject(binding, invalid.problems());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        if (fileProblem != null) {
            model.addAttribute("fileProblem", messages.getMessage(fileProblem, locale));
        }
        return page(slug, form, model);
    }

    @PostMapping("/admin/events/{slug}/pictures/" + SHA)
    String describe(@PathVariable String slug, @PathVariable String sha256, @Valid PictureForm form,
            BindingResult binding, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                if (!editor.describePicture(slug, sha256, form.description())) {
                    throw new EventNotFoundException(slug + " picture " + sha256);
                }
                Flash.show(redirect, "picture.described");
                return "redirect:/admin/events/" + slug + "/pictures";
            }
            catch (InvalidEventException invalid) {
                reject(binding, invalid.problems());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        Map<String, String> problems = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(error -> problems.putIfAbsent(error.getField(), messages.getMessage(error, locale)));
        model.addAttribute(EDITING, new Editing(sha256, form, problems));
        return page(slug, PictureForm.empty(), model);
    }

    @PostMapping("/admin/events/{slug}/pictures/" + SHA + "/remove")
    String remove(@PathVariable String slug, @PathVariable String sha256, RedirectAttributes redirect) {
        if (!editor.removePicture(slug, sha256)) {
            throw new EventNotFoundException(slug + " picture " + sha256);
        }
        Flash.show(redirect, "picture.removed");
        return "redirect:/admin/events/" + slug + "/pictures";
    }

    private String page(String slug, PictureForm upload, Model model) {
        EditableEvent event = editor.open(slug);
        model.addAttribute("event", event);
        Editing editing = (Editing) model.getAttribute(EDITING);
        model.addAttribute("pictures", pictures.of(slug).stream().map(picture -> Row.of(picture, editing)).toList());
        model.addAttribute("upload", upload);
        model.addAttribute("maxMegabytes", ImageCleaner.MAX_BYTES / (1024 * 1024));
        model.addAttribute("maxMegapixels", ImageCleaner.MAX_PIXELS / 1_000_000);
        return "admin/events/pictures";
    }

    private static MessageSourceResolvable problem(String code, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {code}, args);
    }

    private static void reject(BindingResult binding, List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            binding.rejectValue(problem.field(), problem.code(), problem.args().toArray(), null);
        }
    }

    /** The picture whose description was refused, what the editor typed, and the message for each field. */
    record Editing(String sha256, PictureForm form, Map<String, String> problems) {
    }

    /** One picture on the desk page, with the values of its description form and any problems with them. */
    record Row(ShownPicture picture, String key, Map<String, @Nullable String> values, Map<String, String> problems) {

        static Row of(ShownPicture picture, @Nullable Editing editing) {
            boolean edited = editing != null && editing.sha256().equals(picture.sha256());
            PictureForm form = edited ? editing.form() : PictureForm.of(picture);
            Map<String, @Nullable String> values = new LinkedHashMap<>();
            values.put("alt", form.alt());
            values.put("caption", form.caption());
            values.put("credit", form.credit());
            values.put("licence", form.licence());
            return new Row(picture, picture.sha256().substring(0, 12), values, edited ? editing.problems() : Map.of());
        }
    }
}
