package org.ap4tracker.accounts;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import org.ap4tracker.system.Flash;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in editor's API tokens. A new token is shown in the response to the POST that created it and
 * nowhere else: not in a redirect, not in the session, not in any cache.
 */
@Controller
@RequestMapping("/admin/tokens")
class ApiTokenController {

    private final ApiTokens tokens;

    ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    String list(Principal principal, Model model) {
        model.addAttribute("tokens", tokens.of(principal.getName()));
        return "accounts/tokens";
    }

    @PostMapping
    String create(Principal principal, @RequestParam(defaultValue = "") String name, Model model,
            HttpServletResponse response) {
        try {
            model.addAttribute("issued", tokens.create(principal.getName(), name));
            response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        }
        catch (AccountException refused) {
            model.addAttribute("nameError", refused.messageCode());
            model.addAttribute("name", name);
        }
        return list(principal, model);
    }

    @PostMapping("/{id}/revoke")
    String revoke(Principal principal, @PathVariable long id, RedirectAttributes redirect) {
        if (tokens.revoke(principal.getName(), id)) {
            Flash.show(redirect, "admin.tokens.revoked");
        }
        else {
            Flash.problem(redirect, "admin.tokens.notRevoked");
        }
        return "redirect:/admin/tokens";
    }
}
