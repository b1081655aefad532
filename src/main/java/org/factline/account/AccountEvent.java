package org.factline.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** One entry of the account audit log; entries are only ever added. */
@Entity
@Table(name = "account_event")
public class AccountEvent {

    static final int EMAIL_MAX = 254;
    static final int ADDRESS_MAX = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    private AccountEventKind kind;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "subject_id")
    private Long subjectId;

    private String email;

    private String address;

    @Column(name = "roles_before")
    private String rolesBefore;

    @Column(name = "roles_after")
    private String rolesAfter;

    protected AccountEvent() {}

    AccountEvent(AccountEventKind kind, Instant at, Long actorId, Long subjectId, String email, String address) {
        this.kind = kind;
        this.occurredAt = at;
        this.actorId = actorId;
        this.subjectId = subjectId;
        this.email = clip(email, EMAIL_MAX);
        this.address = clip(address, ADDRESS_MAX);
    }

    AccountEvent roles(Set<Role> before, Set<Role> after) {
        this.rolesBefore = names(before);
        this.rolesAfter = names(after);
        return this;
    }

    /** What someone typed: kept to the column's size and without control characters. */
    private static String clip(String text, int max) {
        if (text == null) {
            return null;
        }
        var printable = text.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return printable.length() > max ? printable.substring(0, max) : printable;
    }

    private static String names(Set<Role> roles) {
        return roles.isEmpty()
                ? ""
                : EnumSet.copyOf(roles).stream().map(Role::name).collect(Collectors.joining(","));
    }

    private static List<Role> roles(String names) {
        return names == null || names.isEmpty()
                ? List.of()
                : Arrays.stream(names.split(",")).map(Role::valueOf).toList();
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public AccountEventKind getKind() {
        return kind;
    }

    public Long getActorId() {
        return actorId;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getEmail() {
        return email;
    }

    public String getAddress() {
        return address;
    }

    public List<Role> getRolesBefore() {
        return roles(rolesBefore);
    }

    public List<Role> getRolesAfter() {
        return roles(rolesAfter);
    }
}
