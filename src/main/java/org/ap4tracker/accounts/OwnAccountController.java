package org.ap4tracker.accounts;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.ap4tracker.system.Flash;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every signed-in user's own account: see who they are, change their password, manage their passkeys, see
 * where they are signed in and end any of those sessions, or all of them at once.
 */
@Controller
@RequestMapping("/admin/account")
class OwnAccountController {

    private final Accounts accounts;
    private final AccountSessions sessions;
    private final Passkeys passkeys;

    OwnAccountController(Accounts accounts, AccountSessions sessions, Passkeys passkeys) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.passkeys = passkeys;
    }

    @GetMapping
    String show(Principal principal, HttpServletRequest request, Model model) {
        model.addAttribute("passwordChangeForm", new PasswordChangeForm(null, null, null));
        return page(principal, request, model);
    }

    @PostMapping("/password")
    String changePassword(Principal principal, @Valid @ModelAttribute PasswordChangeForm passwordChangeForm,
            BindingResult binding, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors() && !passwordChangeForm.password().equals(passwordChangeForm.confirmation())) {
            binding.rejectValue("confirmation", "account.password.confirmationDiffers");
        }
        return AccountForm.submit(binding, () -> {
            long version = accounts.changeOwnPassword(principal.getName(), passwordChangeForm.currentPassword(),
                    passwordChangeForm.password(), sessionId(request));
            SignedInSession.keep(request, version);
            Flash.show(redirect, "admin.account.passwordChanged");
            return "redirect:/admin/account";
        }).orElseGet(() -> page(principal, request, model));
    }

    /** Ends every session of the account, this one included: the next page is the sign-in form. */
    @PostMapping("/sessions/end-all")
    String endAllSessions(Principal principal, HttpServletRequest request) {
        sessions.endAll(principal.getName(), null);
        HttpSession current = request.getSession(false);
        if (current != null) {
            current.invalidate();
        }
        return "redirect:/login?signedOutEverywhere";
    }

    @PostMapping("/sessions/{handle}/end")
    String endSession(Principal principal, @PathVariable String handle, RedirectAttributes redirect) {
        if (sessions.end(principal.getName(), handle)) {
            Flash.show(redirect, "admin.account.sessionEnded");
        }
        return "redirect:/admin/account";
    }

    @PostMapping("/passkeys/{id}/remove")
    String removePasskey(Principal principal, @PathVariable String id, RedirectAttributes redirect) {
        if (passkeys.remove(principal.getName(), id)) {
            Flash.show(redirect, "passkey.removed");
        }
        return "redirect:/admin/account";
    }

    private String page(Principal principal, HttpServletRequest request, Model model) {
        model.addAttribute("account", accounts.find(principal.getName())
                .orElseThrow(() -> new AccountNotFoundException(principal.getName())));
        model.addAttribute("sessions", sessions.of(principal.getName(), sessionId(request)));
        model.addAttribute("passkeys", passkeys.of(principal.getName()));
        HttpSession session = request.getSession(false);
        model.addAttribute("weakPassword", session != null && session.getAttribute(SignedInSession.WEAK_PASSWORD) != null);
        return "accounts/account";
    }

    private static @Nullable String sessionId(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : session.getId();
    }
}
