-- Pictures of events. The bytes live in PostgreSQL like everything else, so a backup holds them and every
-- instance serves them without a shared disk.
--
-- image_file: one cleaned picture, named by the SHA-256 of its bytes. Cleaned means decoded and encoded
-- again from the pixels alone, so no EXIF, GPS, XMP, IPTC or comment of the upload survives. The name is
-- part of its public address, which therefore never changes meaning and may be cached for a year.
create table image_file (
    sha256       varchar(64) primary key constraint image_file_sha256_hex check (sha256 ~ '^[0-9a-f]{64}$'),
    content_type varchar(20) not null constraint image_file_type_known check (content_type in ('image/jpeg', 'image/png')),
    width        integer     not null constraint image_file_width_positive check (width > 0),
    height       integer     not null constraint image_file_height_positive check (height > 0),
    bytes        bytea       not null,
    created_at   timestamptz not null default now()
);

-- Narrower copies for small screens and feeds, made when the picture is uploaded.
create table image_variant (
    sha256       varchar(64) not null references image_file (sha256) on delete cascade,
    width        integer     not null constraint image_variant_width_positive check (width > 0),
    height       integer     not null constraint image_variant_height_positive check (height > 0),
    content_type varchar(20) not null constraint image_variant_type_known check (content_type in ('image/jpeg', 'image/png')),
    bytes        bytea       not null,
    primary key (sha256, width)
);

-- The pictures an event shows, in order, with what readers are told about each. Part of the event
-- aggregate (written through it, kept in its history by Envers), so a picture is public exactly when its
-- event is. A picture appears at most once per event; the check waits for the commit because reordering
-- moves rows through each other's positions.
create table event_image (
    event_id bigint        not null references event (id) on delete cascade,
    position integer       not null constraint event_image_position_valid check (position >= 0),
    sha256   varchar(64)  not null references image_file (sha256),
    alt      varchar(500)  not null constraint event_image_alt_present check (btrim(alt) <> ''),
    caption  varchar(1000) constraint event_image_caption_present check (btrim(caption) <> ''),
    credit   varchar(300)  not null constraint event_image_credit_present check (btrim(credit) <> ''),
    licence  varchar(300)  constraint event_image_licence_present check (btrim(licence) <> ''),
    primary key (event_id, position),
    constraint event_image_once unique (event_id, sha256) deferrable initially deferred
);
create index event_image_sha256_idx on event_image (sha256);

create table event_image_aud (
    event_id bigint        not null,
    rev      bigint        not null references revision (id),
    revtype  smallint      not null,
    position integer       not null,
    sha256   varchar(64),
    alt      varchar(500),
    caption  varchar(1000),
    credit   varchar(300),
    licence  varchar(300),
    primary key (event_id, rev, revtype, position)
);

-- Readers see an event's pictures on its page and in the feeds: a change makes cached pages stale (V37).
-- image_file and image_variant need no trigger: a file nobody shows changes no page, and a shown one never
-- changes, its name being its content.
create constraint trigger event_image_bumps_public_version after insert or update or delete on event_image
    deferrable initially deferred for each row execute function bump_public_version();
create trigger event_image_truncate_bumps_public_version after truncate on event_image
    for each statement execute function bump_public_version();
