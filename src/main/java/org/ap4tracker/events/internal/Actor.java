package org.ap4tracker.events.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.ap4tracker.events.ActorKind;
import org.jspecify.annotations.Nullable;

/** NATO, a state (ISO 3166 alpha-2 code) or an organisation that events involve. */
@Entity
@Table(name = "actor")
public class Actor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private ActorKind kind;

    private boolean asiaPacificPartner;

    /** For JPA, which fills the fields itself. */
    protected Actor() {
    }

    public Actor(String code, String name, ActorKind kind, boolean asiaPacificPartner) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.asiaPacificPartner = asiaPacificPartner;
    }

    public void revise(String name, ActorKind kind, boolean asiaPacificPartner) {
        this.name = name;
        this.kind = kind;
        this.asiaPacificPartner = asiaPacificPartner;
    }

    // Deliberate parallel of Topic's and Development's accessors: each reference table has its own small
    // entity rather than a shared base class.
    public @Nullable Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public ActorKind getKind() {
        return kind;
    }

    public boolean isAsiaPacificPartner() {
        return asiaPacificPartner;
    }
}
