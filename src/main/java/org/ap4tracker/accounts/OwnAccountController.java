package org.ap4tracker.accounts;

import java.security.Principal;

import jakarta.validation.Valid;
import org.ap4tracker.system.Flash;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every signed-in user's own account: see who they are, change their password. */
@Controller
@RequestMapping("/admin/account")
class OwnAccountController {

    private final Accounts accounts;

    OwnAccountController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String show(Principal principal, Model model) {
        model.addAttribute("passwordChangeForm", new PasswordChangeForm(null, null, null));
        return page(principal, model);
    }

    @PostMapping("/password")
    String changePassword(Principal principal, @Valid @ModelAttribute PasswordChangeForm passwordChangeForm,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors() && !passwordChangeForm.password().equals(passwordChangeForm.confirmation())) {
            binding.rejectValue("confirmation", "account.password.confirmationDiffers");
        }
        if (!binding.hasErrors()) {
            try {
                accounts.changeOwnPassword(principal.getName(), passwordChangeForm.currentPassword(),
                        passwordChangeForm.password());
                Flash.show(redirect, "admin.account.passwordChanged");
                return "redirect:/admin/account";
            }
            catch (AccountException refused) {
                binding.rejectValue(refused.field(), refused.messageCode());
            }
        }
        return page(principal, model);
    }

    private String page(Principal principal, Model model) {
        model.addAttribute("account", accounts.find(principal.getName())
                .orElseThrow(() -> new AccountNotFoundException(principal.getName())));
        return "accounts/account";
    }
}
