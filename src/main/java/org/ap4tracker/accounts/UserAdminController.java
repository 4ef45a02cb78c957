package org.ap4tracker.accounts;

import java.util.EnumSet;
import java.util.List;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Account administration, for administrators only (see {@link SecurityConfiguration}). */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final Accounts accounts;
    private final Passkeys passkeys;
    private final SecondFactorPolicy secondFactor;

    UserAdminController(Accounts accounts, Passkeys passkeys, SecondFactorPolicy secondFactor) {
        this.accounts = accounts;
        this.passkeys = passkeys;
        this.secondFactor = secondFactor;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("roles", Role.values());
        model.addAttribute("secondFactorRoles", secondFactor.requiredFor());
        return "accounts/users";
    }

    /** Who must add a passkey to the password: for everyone, per role, or nobody. */
    @PostMapping("/second-factor")
    String requireSecondFactor(@RequestParam(name = "roles", required = false) @Nullable List<Role> roles,
            RedirectAttributes redirect) {
        secondFactor.require(roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
        Flash.show(redirect, "passkey.policy.saved");
        return "redirect:/admin/users";
    }

    /** Recovery for a user who lost their passkeys; written to the audit log. */
    @PostMapping("/{username}/passkeys/reset")
    String resetPasskeys(@PathVariable String username, RedirectAttributes redirect) {
        AccountSummary account = accounts.find(username).orElseThrow(() -> new AccountNotFoundException(username));
        int removed = passkeys.reset(account.username());
        Flash.show(redirect, "passkey.resetDone", removed, account.username());
        return "redirect:/admin/users/" + account.username();
    }

    @GetMapping("/new")
    String newAccount(Model model) {
        model.addAttribute("userForm", UserForm.blank());
        model.addAttribute("roles", Role.values());
        return "accounts/new-user";
    }

    @PostMapping
    String create(@Valid @ModelAttribute UserForm userForm, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return AccountForm.submit(binding, () -> {
            AccountSummary created = accounts.create(userForm.username(), userForm.displayName(), userForm.role(),
                    userForm.password());
            Flash.show(redirect, "admin.users.created", created.username());
            return "redirect:/admin/users";
        }).orElseGet(() -> {
            model.addAttribute("roles", Role.values());
            return "accounts/new-user";
        });
    }

    @GetMapping("/{username}")
    String show(@PathVariable String username, Model model) {
        AccountSummary account = accounts.find(username).orElseThrow(() -> new AccountNotFoundException(username));
        model.addAttribute("account", account);
        model.addAttribute("accountDetailsForm", new AccountDetailsForm(account.displayName(), account.role()));
        model.addAttribute("passwordResetForm", new PasswordResetForm(null));
        model.addAttribute("roles", Role.values());
        return "accounts/user";
    }

    @PostMapping("/{username}")
    String update(@PathVariable String username, @Valid @ModelAttribute AccountDetailsForm accountDetailsForm,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return AccountForm.submit(binding, () -> {
            accounts.update(username, accountDetailsForm.displayName(), accountDetailsForm.role());
            Flash.show(redirect, "admin.users.updated", username);
            return "redirect:/admin/users/" + username;
        }).orElseGet(() -> redisplay(username, model, accountDetailsForm, new PasswordResetForm(null)));
    }

    @PostMapping("/{username}/password")
    String resetPassword(@PathVariable String username, @Valid @ModelAttribute PasswordResetForm passwordResetForm,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return AccountForm.submit(binding, "password", () -> {
            accounts.resetPassword(username, passwordResetForm.password());
            Flash.show(redirect, "admin.users.passwordReset", username);
            return "redirect:/admin/users/" + username;
        }).orElseGet(() -> {
            AccountSummary account = accounts.find(username).orElseThrow(() -> new AccountNotFoundException(username));
            return redisplay(username, model, new AccountDetailsForm(account.displayName(), account.role()),
                    passwordResetForm);
        });
    }

    @PostMapping("/{username}/disable")
    String disable(@PathVariable String username, RedirectAttributes redirect) {
        try {
            accounts.disable(username);
            Flash.show(redirect, "admin.users.disabledDone", username);
        }
        catch (AccountException refused) {
            Flash.problem(redirect, refused.messageCode());
        }
        return "redirect:/admin/users/" + username;
    }

    @PostMapping("/{username}/enable")
    String enable(@PathVariable String username, RedirectAttributes redirect) {
        accounts.enable(username);
        Flash.show(redirect, "admin.users.enabledDone", username);
        return "redirect:/admin/users/" + username;
    }

    private String redisplay(String username, Model model, AccountDetailsForm details, PasswordResetForm reset) {
        AccountSummary account = accounts.find(username).orElseThrow(() -> new AccountNotFoundException(username));
        model.addAttribute("account", account);
        model.addAttribute("accountDetailsForm", details);
        model.addAttribute("passwordResetForm", reset);
        model.addAttribute("roles", Role.values());
        return "accounts/user";
    }
}
