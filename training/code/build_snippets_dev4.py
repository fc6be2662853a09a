#!/usr/bin/env python3
"""Build snippets_dev4.jsonl: a labelled corpus of C and C++ snippets for
measuring the insecure-code scanner.

120 rows, 60 C and 60 C++, half of them insecure. Each insecure row has exactly
one real weakness, with its CWE id and the 1-based line of the vulnerable line
(found from a unique anchor substring, see _find_line). Most rows come in pairs:
an insecure snippet and its fixed twin (same function names, a realistic fix),
linked through "pair". A few insecure rows have no twin, and a few safe rows are
look-alikes: code that uses suspicious-looking tokens (strcpy after a length
check, rand() for backoff jitter, reinterpret_cast for serialising a POD
header...) but is fine.

Topics: stack/heap overflows (strcpy, strcat, sprintf, gets, scanf("%s"),
memcpy/istream::read with unchecked lengths, off-by-one, input-indexed arrays),
format strings, integer overflow/underflow in size computations, signedness
confusion, use after free / double free / dangling references (raw new/delete,
vector growth, erased iterators, c_str() and string_view of temporaries,
returned references to locals, lambdas capturing locals), uninitialised memory,
unchecked malloc / dynamic_cast results, command injection (system, popen),
path traversal, TOCTOU, insecure temp files, weak randomness for secrets,
hard-coded credentials, weak hashing/ciphers (MD5, SHA-1, DES, ECB), disabled
TLS verification, SQL built by string formatting, alloca with untrusted sizes,
strncpy without a terminator, realloc losing its pointer, new/delete[]
mismatch and reinterpret_cast type confusion.

Every snippet was written from scratch for this file by Claude (an AI assistant
made by Anthropic), from general security knowledge (the CWE catalogue); nothing
was copied from public vulnerability datasets or benchmarks.

Licence: CC0-1.0 (public domain dedication). No rights reserved.

Usage: python3 build_snippets_dev4.py
Writes snippets_dev4.jsonl next to this script. Standard library only.
"""

import re

import corpus

ROWS = []  # (lang, label, cwe, needle, code, key, twin_key)
LANGS = ["c", "cpp"]
PREFIX = "d4"


def _clean(code):
    code = code.strip("\n")
    lines = [ln.rstrip() for ln in code.split("\n")]
    return "\n".join(lines) + "\n"


def bad(lang, key, cwe, needle, code):
    """Insecure snippet. needle: text on the vulnerable line (must be unique),
    or (text, k) to pick the k-th (0-based) line containing text.
    key: name used by good(..., twin=key) to pair the fixed version, or None."""
    ROWS.append((lang, "insecure", cwe, needle, _clean(code), key, None))


def good(lang, code, twin=None):
    """Safe snippet; twin is the key of the insecure snippet it fixes
    (None for a stand-alone look-alike)."""
    ROWS.append((lang, "safe", None, None, _clean(code), None, twin))


# ---------------------------------------------------------------------------
# C: pairs
# ---------------------------------------------------------------------------

bad(
    "c",
    "c-strcpy-endpoint",
    "CWE-121",
    "strcpy(buf, spec);",
    r"""
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Split "host:port" into its parts. Returns 0 on success, -1 on bad input. */
int parse_endpoint(const char *spec, char *host_out, size_t host_cap, int *port_out)
{
    char buf[128];
    char *colon;

    strcpy(buf, spec);
    colon = strrchr(buf, ':');
    if (colon == NULL)
        return -1;
    *colon = '\0';
    *port_out = (int)strtol(colon + 1, NULL, 10);
    snprintf(host_out, host_cap, "%s", buf);
    return 0;
}
""",
)
good(
    "c",
    r"""
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Split "host:port" into its parts. Returns 0 on success, -1 on bad input. */
int parse_endpoint(const char *spec, char *host_out, size_t host_cap, int *port_out)
{
    char buf[128];
    char *colon;
    size_t len = strlen(spec);

    if (len >= sizeof(buf))
        return -1;
    memcpy(buf, spec, len + 1);
    colon = strrchr(buf, ':');
    if (colon == NULL)
        return -1;
    *colon = '\0';
    *port_out = (int)strtol(colon + 1, NULL, 10);
    snprintf(host_out, host_cap, "%s", buf);
    return 0;
}
""",
    twin="c-strcpy-endpoint",
)

bad(
    "c",
    "c-strcat-greeting",
    "CWE-120",
    "strcat(msg, nickname);",
    r"""
#include <string.h>
#include <unistd.h>

#define MSG_LEN 64

/* Greet a chat client that has just registered its nickname. */
void send_greeting(int fd, const char *nickname)
{
    char msg[MSG_LEN] = "Welcome to the lobby, ";

    strcat(msg, nickname);
    write(fd, msg, strlen(msg));
    write(fd, "\r\n", 2);
}
""",
)
good(
    "c",
    r"""
#include <string.h>
#include <unistd.h>

#define MSG_LEN 64

/* Greet a chat client that has just registered its nickname.
   Over-long nicknames are cut to fit the message buffer. */
void send_greeting(int fd, const char *nickname)
{
    char msg[MSG_LEN] = "Welcome to the lobby, ";
    size_t used = strlen(msg);

    strncat(msg, nickname, sizeof(msg) - used - 1);
    write(fd, msg, strlen(msg));
    write(fd, "\r\n", 2);
}
""",
    twin="c-strcat-greeting",
)

bad(
    "c",
    "c-sprintf-audit",
    "CWE-787",
    "sprintf(line,",
    r"""
#include <stdio.h>
#include <time.h>

/* Append one line to the audit log:
   "[2024-01-02 03:04:05] user=<name> action=<action>" */
void write_audit(FILE *log, const char *user, const char *action)
{
    char line[160];
    char stamp[32];
    time_t now = time(NULL);

    strftime(stamp, sizeof(stamp), "%Y-%m-%d %H:%M:%S", localtime(&now));
    sprintf(line, "[%s] user=%s action=%s\n", stamp, user, action);
    fputs(line, log);
    fflush(log);
}
""",
)
good(
    "c",
    r"""
#include <stdio.h>
#include <time.h>

/* Append one line to the audit log:
   "[2024-01-02 03:04:05] user=<name> action=<action>"
   Very long values are truncated rather than overflowing the buffer. */
void write_audit(FILE *log, const char *user, const char *action)
{
    char line[160];
    char stamp[32];
    time_t now = time(NULL);

    strftime(stamp, sizeof(stamp), "%Y-%m-%d %H:%M:%S", localtime(&now));
    if (snprintf(line, sizeof(line), "[%s] user=%s action=%s\n", stamp, user, action) < 0)
        return;
    fputs(line, log);
    fflush(log);
}
""",
    twin="c-sprintf-audit",
)

bad(
    "c",
    "c-gets-prompt",
    "CWE-242",
    "gets(answer)",
    r"""
#include <stdio.h>
#include <string.h>

/* Ask before overwriting the configuration file. */
int confirm_overwrite(const char *path)
{
    char answer[16];

    printf("%s exists. Overwrite? [y/N] ", path);
    fflush(stdout);
    if (gets(answer) == NULL)
        return 0;
    if (strcmp(answer, "y") == 0 || strcmp(answer, "yes") == 0)
        return 1;
    puts("Keeping existing config.");
    return 0;
}
""",
)
good(
    "c",
    r"""
#include <stdio.h>
#include <string.h>

/* Ask before overwriting the configuration file. */
int confirm_overwrite(const char *path)
{
    char answer[16];

    printf("%s exists. Overwrite? [y/N] ", path);
    fflush(stdout);
    if (fgets(answer, sizeof(answer), stdin) == NULL)
        return 0;
    answer[strcspn(answer, "\r\n")] = '\0';
    if (strcmp(answer, "y") == 0 || strcmp(answer, "yes") == 0)
        return 1;
    puts("Keeping existing config.");
    return 0;
}
""",
    twin="c-gets-prompt",
)

bad(
    "c",
    "c-scanf-player",
    "CWE-120",
    'scanf("%s"',
    r"""
#include <stdio.h>

struct player {
    char name[32];
    int  score;
};

/* Read one player entry from the console for the high-score table. */
int read_player(struct player *p)
{
    printf("Name: ");
    if (scanf("%s", p->name) != 1)
        return -1;
    printf("Score: ");
    if (scanf("%d", &p->score) != 1)
        return -1;
    return 0;
}
""",
)
good(
    "c",
    r"""
#include <stdio.h>

struct player {
    char name[32];
    int  score;
};

/* Read one player entry from the console for the high-score table. */
int read_player(struct player *p)
{
    printf("Name: ");
    if (scanf("%31s", p->name) != 1)
        return -1;
    printf("Score: ");
    if (scanf("%d", &p->score) != 1)
        return -1;
    return 0;
}
""",
    twin="c-scanf-player",
)

bad(
    "c",
    "c-memcpy-frame",
    "CWE-120",
    "memcpy(msg->payload",
    r"""
#include <stdint.h>
#include <stddef.h>
#include <string.h>

#define MAX_PAYLOAD 512

struct message {
    uint16_t type;
    uint16_t len;
    uint8_t  payload[MAX_PAYLOAD];
};

/* Decode a wire frame: 2-byte type, 2-byte length (big endian), payload. */
int decode_frame(const uint8_t *frame, size_t frame_len, struct message *msg)
{
    if (frame_len < 4)
        return -1;
    msg->type = (uint16_t)((frame[0] << 8) | frame[1]);
    msg->len  = (uint16_t)((frame[2] << 8) | frame[3]);
    memcpy(msg->payload, frame + 4, msg->len);
    return 0;
}
""",
)
good(
    "c",
    r"""
#include <stdint.h>
#include <stddef.h>
#include <string.h>

#define MAX_PAYLOAD 512

struct message {
    uint16_t type;
    uint16_t len;
    uint8_t  payload[MAX_PAYLOAD];
};

/* Decode a wire frame: 2-byte type, 2-byte length (big endian), payload. */
int decode_frame(const uint8_t *frame, size_t frame_len, struct message *msg)
{
    if (frame_len < 4)
        return -1;
    msg->type = (uint16_t)((frame[0] << 8) | frame[1]);
    msg->len  = (uint16_t)((frame[2] << 8) | frame[3]);
    if (msg->len > MAX_PAYLOAD || msg->len > frame_len - 4)
        return -1;
    memcpy(msg->payload, frame + 4, msg->len);
    return 0;
}
""",
    twin="c-memcpy-frame",
)

bad(
    "c",
    "c-offbyone-token",
    "CWE-193",
    "if (n > cap)",
    r"""
#include <stddef.h>
#include <string.h>

/* Copy the first whitespace-delimited token of src into dst (NUL-terminated).
   Returns the number of characters copied. */
size_t first_token(char *dst, size_t cap, const char *src)
{
    size_t n;

    src += strspn(src, " \t");
    n = strcspn(src, " \t\r\n");
    if (n > cap)
        n = cap;
    memcpy(dst, src, n);
    dst[n] = '\0';
    return n;
}
""",
)
good(
    "c",
    r"""
#include <stddef.h>
#include <string.h>

/* Copy the first whitespace-delimited token of src into dst (NUL-terminated).
   Returns the number of characters copied. */
size_t first_token(char *dst, size_t cap, const char *src)
{
    size_t n;

    if (cap == 0)
        return 0;
    src += strspn(src, " \t");
    n = strcspn(src, " \t\r\n");
    if (n >= cap)
        n = cap - 1;
    memcpy(dst, src, n);
    dst[n] = '\0';
    return n;
}
""",
    twin="c-offbyone-token",
)

bad(
    "c",
    "c-index-volume",
    "CWE-129",
    "channel_volume[ch] = vol;",
    r"""
#include <stdio.h>

#define NUM_CHANNELS 8

static int channel_volume[NUM_CHANNELS];

/* Handle "SET <channel> <volume>" received on the mixer's control socket. */
int handle_set(const char *cmd)
{
    int ch, vol;

    if (sscanf(cmd, "SET %d %d", &ch, &vol) != 2)
        return -1;
    if (vol < 0 || vol > 100)
        return -1;
    channel_volume[ch] = vol;
    printf("channel %d -> %d%%\n", ch, vol);
    return 0;
}
""",
)
good(
    "c",
    r"""
#include <stdio.h>

#define NUM_CHANNELS 8

static int channel_volume[NUM_CHANNELS];

/* Handle "SET <channel> <volume>" received on the mixer's control socket. */
int handle_set(const char *cmd)
{
    int ch, vol;

    if (sscanf(cmd, "SET %d %d", &ch, &vol) != 2)
        return -1;
    if (ch < 0 || ch >= NUM_CHANNELS || vol < 0 || vol > 100)
        return -1;
    channel_volume[ch] = vol;
    printf("channel %d -> %d%%\n", ch, vol);
    return 0;
}
""",
    twin="c-index-volume",
)

bad(
    "c",
    "c-printf-chat",
    "CWE-134",
    "printf(text);",
    r"""
#include <stdio.h>
#include <time.h>

/* Show a chat message received from a peer, prefixed with time and sender. */
void show_message(const char *sender, const char *text)
{
    char stamp[16];
    time_t now = time(NULL);

    strftime(stamp, sizeof(stamp), "%H:%M", localtime(&now));
    printf("%s <%s> ", stamp, sender);
    printf(text);
    putchar('\n');
}
""",
)
good(
    "c",
    r"""
#include <stdio.h>
#include <time.h>

/* Show a chat message received from a peer, prefixed with time and sender. */
void show_message(const char *sender, const char *text)
{
    char stamp[16];
    time_t now = time(NULL);

    strftime(stamp, sizeof(stamp), "%H:%M", localtime(&now));
    printf("%s <%s> ", stamp, sender);
    printf("%s", text);
    putchar('\n');
}
""",
    twin="c-printf-chat",
)

bad(
    "c",
    "c-intovf-image",
    "CWE-190",
    "malloc(width * height * 4)",
    r"""
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct image {
    uint32_t width;
    uint32_t height;
    uint8_t *pixels;   /* RGBA, 4 bytes per pixel */
};

/* Allocate a blank RGBA image; width and height come from the file header. */
int image_alloc(struct image *img, uint32_t width, uint32_t height)
{
    img->width = width;
    img->height = height;
    img->pixels = malloc(width * height * 4);
    if (img->pixels == NULL)
        return -1;
    memset(img->pixels, 0, (size_t)width * height * 4);
    return 0;
}
""",
)
good(
    "c",
    r"""
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct image {
    uint32_t width;
    uint32_t height;
    uint8_t *pixels;   /* RGBA, 4 bytes per pixel */
};

/* Allocate a blank RGBA image; width and height come from the file header. */
int image_alloc(struct image *img, uint32_t width, uint32_t height)
{
    size_t bytes;

    if (width == 0 || height == 0 || width > SIZE_MAX / 4 / height)
        return -1;
    bytes = (size_t)width * height * 4;
    img->width = width;
    img->height = height;
    img->pixels = calloc(1, bytes);
    if (img->pixels == NULL)
        return -1;
    return 0;
}
""",
    twin="c-intovf-image",
)

bad(
    "c",
    "c-signed-len",
    "CWE-195",
    "memcpy(name, p + 3, len);",
    r"""
#include <stdint.h>
#include <string.h>

#define NAME_MAX_LEN 64

/* Parse a name field: 1-byte tag (0x01), 16-bit signed length, then bytes.
   Returns the number of bytes consumed, or -1. */
int read_name_field(const uint8_t *p, int avail, char name[NAME_MAX_LEN])
{
    int16_t len;

    if (avail < 3 || p[0] != 0x01)
        return -1;
    memcpy(&len, p + 1, sizeof(len));
    if (len >= NAME_MAX_LEN || len > avail - 3)
        return -1;
    memcpy(name, p + 3, len);
    name[len] = '\0';
    return len + 3;
}
""",
)
good(
    "c",
    r"""
#include <stdint.h>
#include <string.h>

#define NAME_MAX_LEN 64

/* Parse a name field: 1-byte tag (0x01), 16-bit signed length, then bytes.
   Returns the number of bytes consumed, or -1. */
int read_name_field(const uint8_t *p, int avail, char name[NAME_MAX_LEN])
{
    int16_t len;

    if (avail < 3 || p[0] != 0x01)
        return -1;
    memcpy(&len, p + 1, sizeof(len));
    if (len < 0 || len >= NAME_MAX_LEN || len > avail - 3)
        return -1;
    memcpy(name, p + 3, (size_t)len);
    name[len] = '\0';
    return len + 3;
}
""",
    twin="c-signed-len",
)

bad(
    "c",
    "c-uaf-list",
    "CWE-416",
    "cur = cur->next",
    r"""
#include <stdlib.h>

struct node {
    int          key;
    char        *value;
    struct node *next;
};

/* Free every node of a singly linked list, including the values. */
void list_free(struct node *head)
{
    struct node *cur;

    for (cur = head; cur != NULL; cur = cur->next) {
        free(cur->value);
        free(cur);
    }
}
""",
)
good(
    "c",
    r"""
#include <stdlib.h>

struct node {
    int          key;
    char        *value;
    struct node *next;
};

/* Free every node of a singly linked list, including the values. */
void list_free(struct node *head)
{
    struct node *cur = head;

    while (cur != NULL) {
        struct node *next = cur->next;
        free(cur->value);
        free(cur);
        cur = next;
    }
}
""",
    twin="c-uaf-list",
)

bad(
    "c",
    "c-double-free-config",
    "CWE-415",
    ("free(cfg->text);", 1),
    r"""
#include <stdio.h>
#include <stdlib.h>

struct config {
    char  *text;
    size_t len;
};

static int read_all(FILE *fp, struct config *cfg)
{
    cfg->text = malloc(4096);
    if (cfg->text == NULL)
        return -1;
    cfg->len = fread(cfg->text, 1, 4095, fp);
    if (ferror(fp)) {
        free(cfg->text);
        return -1;
    }
    cfg->text[cfg->len] = '\0';
    return 0;
}

/* Load a small config file into memory. On failure cfg->text is released. */
int load_config(const char *path, struct config *cfg)
{
    FILE *fp = fopen(path, "r");
    int rc;

    if (fp == NULL)
        return -1;
    rc = read_all(fp, cfg);
    fclose(fp);
    if (rc != 0)
        free(cfg->text);
    return rc;
}
""",
)
good(
    "c",
    r"""
#include <stdio.h>
#include <stdlib.h>

struct config {
    char  *text;
    size_t len;
};

static int read_all(FILE *fp, struct config *cfg)
{
    cfg->text = malloc(4096);
    if (cfg->text == NULL)
        return -1;
    cfg->len = fread(cfg->text, 1, 4095, fp);
    if (ferror(fp)) {
        free(cfg->text);
        cfg->text = NULL;
        return -1;
    }
    cfg->text[cfg->len] = '\0';
    return 0;
}

/* Load a small config file into memory. On failure cfg->text is released. */
int load_config(const char *path, struct config *cfg)
{
    FILE *fp = fopen(path, "r");
    int rc;

    if (fp == NULL)
        return -1;
    rc = read_all(fp, cfg);
    fclose(fp);
    if (rc != 0) {
        free(cfg->text);   /* free(NULL) is a no-op */
        cfg->text = NULL;
    }
    return rc;
}
""",
    twin="c-double-free-config",
)

bad(
    "c",
    "c-uninit-session",
    "CWE-908",
    "malloc(sizeof(*s))",
    r"""
#include <stdlib.h>
#include <time.h>

struct session {
    int    fd;
    time_t last_seen;
    char   user[32];
    int    authenticated;
    int    is_admin;
};

/* Create the state for a freshly accepted client connection. */
struct session *session_new(int fd)
{
    struct session *s = malloc(sizeof(*s));

    if (s == NULL)
        return NULL;
    s->fd = fd;
    s->last_seen = time(NULL);
    return s;
}

int session_may_configure(const struct session *s)
{
    return s->authenticated && s->is_admin;
}
""",
)
good(
    "c",
    r"""
#include <stdlib.h>
#include <time.h>

struct session {
    int    fd;
    time_t last_seen;
    char   user[32];
    int    authenticated;
    int    is_admin;
};

/* Create the state for a freshly accepted client connection.
   Everything not set explicitly starts zeroed (not authenticated). */
struct session *session_new(int fd)
{
    struct session *s = calloc(1, sizeof(*s));

    if (s == NULL)
        return NULL;
    s->fd = fd;
    s->last_seen = time(NULL);
    return s;
}

int session_may_configure(const struct session *s)
{
    return s->authenticated && s->is_admin;
}
""",
    twin="c-uninit-session",
)

bad(
    "c",
    "c-null-upper",
    "CWE-476",
    "out[i] = ",
    r"""
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Return a newly allocated upper-case copy of s. Caller frees. */
char *str_upper_dup(const char *s)
{
    size_t n = strlen(s);
    char *out = malloc(n + 1);

    for (size_t i = 0; i < n; i++)
        out[i] = (char)toupper((unsigned char)s[i]);
    out[n] = '\0';
    return out;
}
""",
)
good(
    "c",
    r"""
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Return a newly allocated upper-case copy of s, or NULL when out of
   memory. Caller frees. */
char *str_upper_dup(const char *s)
{
    size_t n = strlen(s);
    char *out = malloc(n + 1);

    if (out == NULL)
        return NULL;
    for (size_t i = 0; i < n; i++)
        out[i] = (char)toupper((unsigned char)s[i]);
    out[n] = '\0';
    return out;
}
""",
    twin="c-null-upper",
)

bad(
    "c",
    "c-system-backup",
    "CWE-78",
    "return system(cmd);",
    r"""
#include <stdio.h>
#include <stdlib.h>

/* Create a compressed backup of a directory chosen in the admin UI. */
int backup_dir(const char *dir, const char *archive)
{
    char cmd[1024];

    if (snprintf(cmd, sizeof(cmd), "tar -czf %s %s", archive, dir) >= (int)sizeof(cmd))
        return -1;
    return system(cmd);
}
""",
)
good(
    "c",
    r"""
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

/* Create a compressed backup of a directory chosen in the admin UI.
   Runs tar directly with an argument vector: no shell is involved. */
int backup_dir(const char *dir, const char *archive)
{
    char *const argv[] = { "tar", "-czf", (char *)archive, "--", (char *)dir, NULL };
    int status;
    pid_t pid = fork();

    if (pid < 0)
        return -1;
    if (pid == 0) {
        execv("/bin/tar", argv);
        _exit(127);
    }
    if (waitpid(pid, &status, 0) < 0)
        return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}
""",
    twin="c-system-backup",
)

bad(
    "c",
    "c-path-upload",
    "CWE-22",
    'return fopen(path, "rb");',
    r"""
#include <stdio.h>

#define UPLOAD_DIR "/var/lib/photos/uploads"

/* Open a stored upload for download; `name` comes from the request URL. */
FILE *open_upload(const char *name)
{
    char path[512];

    if (snprintf(path, sizeof(path), "%s/%s", UPLOAD_DIR, name) >= (int)sizeof(path))
        return NULL;
    return fopen(path, "rb");
}
""",
)
good(
    "c",
    r"""
#include <stdio.h>
#include <string.h>

#define UPLOAD_DIR "/var/lib/photos/uploads"

/* Open a stored upload for download; `name` comes from the request URL.
   Only plain file names are accepted: no separators, no dot files. */
FILE *open_upload(const char *name)
{
    char path[512];

    if (name[0] == '\0' || name[0] == '.' || strchr(name, '/') != NULL ||
        strchr(name, '\\') != NULL)
        return NULL;
    if (snprintf(path, sizeof(path), "%s/%s", UPLOAD_DIR, name) >= (int)sizeof(path))
        return NULL;
    return fopen(path, "rb");
}
""",
    twin="c-path-upload",
)

bad(
    "c",
    "c-toctou-report",
    "CWE-367",
    "access(path, W_OK)",
    r"""
#include <stdio.h>
#include <unistd.h>

/* Part of a setuid-root helper: append a line to a report file, but only
   if the invoking (real) user is allowed to write it. */
int append_report(const char *path, const char *line)
{
    FILE *fp;

    if (access(path, W_OK) != 0) {
        perror("access");
        return -1;
    }
    fp = fopen(path, "a");
    if (fp == NULL)
        return -1;
    fprintf(fp, "%s\n", line);
    fclose(fp);
    return 0;
}
""",
)
good(
    "c",
    r"""
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

/* Part of a setuid-root helper: append a line to a report file, but only
   if the invoking (real) user is allowed to write it. The file is opened
   with the caller's own rights instead of checking them first. */
int append_report(const char *path, const char *line)
{
    uid_t saved = geteuid();
    FILE *fp;
    int fd;

    if (seteuid(getuid()) != 0)
        return -1;
    fd = open(path, O_WRONLY | O_APPEND | O_NOFOLLOW);
    if (seteuid(saved) != 0) {
        if (fd >= 0)
            close(fd);
        return -1;
    }
    if (fd < 0 || (fp = fdopen(fd, "a")) == NULL) {
        perror("open");
        if (fd >= 0)
            close(fd);
        return -1;
    }
    fprintf(fp, "%s\n", line);
    fclose(fp);
    return 0;
}
""",
    twin="c-toctou-report",
)

bad(
    "c",
    "c-tmpnam-spool",
    "CWE-377",
    "tmpnam(name)",
    r"""
#include <stdio.h>

int submit_print_job(const char *path);

/* Write the report to a scratch file and hand it to the print spooler. */
int spool_report(const char *text)
{
    char name[L_tmpnam];
    FILE *fp;

    if (tmpnam(name) == NULL)
        return -1;
    fp = fopen(name, "w");
    if (fp == NULL)
        return -1;
    fputs(text, fp);
    fclose(fp);
    return submit_print_job(name);
}
""",
)
good(
    "c",
    r"""
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int submit_print_job(const char *path);

/* Write the report to a scratch file and hand it to the print spooler. */
int spool_report(const char *text)
{
    char name[] = "/tmp/report-XXXXXX";
    FILE *fp;
    int fd = mkstemp(name);   /* created O_EXCL with mode 0600 */

    if (fd < 0)
        return -1;
    fp = fdopen(fd, "w");
    if (fp == NULL) {
        close(fd);
        unlink(name);
        return -1;
    }
    fputs(text, fp);
    fclose(fp);
    return submit_print_job(name);
}
""",
    twin="c-tmpnam-spool",
)

bad(
    "c",
    "c-rand-token",
    "CWE-338",
    "rand() %",
    r"""
#include <stdlib.h>

#define TOKEN_LEN 32

static const char alphabet[] =
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/* Generate the session token handed to a user after login. */
int make_session_token(char out[TOKEN_LEN + 1])
{
    for (int i = 0; i < TOKEN_LEN; i++)
        out[i] = alphabet[rand() % (sizeof(alphabet) - 1)];
    out[TOKEN_LEN] = '\0';
    return 0;
}
""",
)
good(
    "c",
    r"""
#include <stdlib.h>
#include <sys/random.h>

#define TOKEN_LEN 32

/* 64 symbols, so masking a random byte with 63 is unbiased. */
static const char alphabet[] =
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_";

/* Generate the session token handed to a user after login. */
int make_session_token(char out[TOKEN_LEN + 1])
{
    unsigned char raw[TOKEN_LEN];

    if (getrandom(raw, sizeof(raw), 0) != (ssize_t)sizeof(raw))
        return -1;
    for (int i = 0; i < TOKEN_LEN; i++)
        out[i] = alphabet[raw[i] & 63];
    out[TOKEN_LEN] = '\0';
    return 0;
}
""",
    twin="c-rand-token",
)

bad(
    "c",
    "c-md5-password",
    "CWE-328",
    "MD5((const unsigned char *)password",
    r"""
#include <openssl/md5.h>
#include <stdio.h>
#include <string.h>

/* Hash a password for the users table; out_hex receives 32 hex digits. */
void hash_password(const char *password, char out_hex[33])
{
    unsigned char digest[MD5_DIGEST_LENGTH];

    MD5((const unsigned char *)password, strlen(password), digest);
    for (int i = 0; i < MD5_DIGEST_LENGTH; i++)
        sprintf(out_hex + 2 * i, "%02x", digest[i]);
    out_hex[32] = '\0';
}
""",
)
good(
    "c",
    r"""
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdio.h>
#include <string.h>

#define SALT_LEN 16
#define HASH_LEN 32
#define PBKDF2_ITERATIONS 600000

/* Hash a password for the users table with a random salt.
   out_hex receives salt and hash as hex: 2*(16+32) digits + NUL. */
int hash_password(const char *password, char out_hex[2 * (SALT_LEN + HASH_LEN) + 1])
{
    unsigned char buf[SALT_LEN + HASH_LEN];

    if (RAND_bytes(buf, SALT_LEN) != 1)
        return -1;
    if (PKCS5_PBKDF2_HMAC(password, (int)strlen(password), buf, SALT_LEN,
                          PBKDF2_ITERATIONS, EVP_sha256(), HASH_LEN, buf + SALT_LEN) != 1)
        return -1;
    for (size_t i = 0; i < sizeof(buf); i++)
        snprintf(out_hex + 2 * i, 3, "%02x", buf[i]);
    return 0;
}
""",
    twin="c-md5-password",
)

bad(
    "c",
    "c-des-blob",
    "CWE-327",
    "EVP_des_cbc()",
    r"""
#include <openssl/evp.h>

/* Encrypt a config blob before it is written to disk.
   key: 8 bytes, iv: 8 bytes; out needs in_len + 8 bytes. */
int encrypt_blob(const unsigned char *key, const unsigned char *iv,
                 const unsigned char *in, int in_len, unsigned char *out)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len = 0, total = -1;

    if (ctx == NULL)
        return -1;
    if (EVP_EncryptInit_ex(ctx, EVP_des_cbc(), NULL, key, iv) == 1 &&
        EVP_EncryptUpdate(ctx, out, &len, in, in_len) == 1) {
        total = len;
        if (EVP_EncryptFinal_ex(ctx, out + total, &len) == 1)
            total += len;
        else
            total = -1;
    }
    EVP_CIPHER_CTX_free(ctx);
    return total;
}
""",
)
good(
    "c",
    r"""
#include <openssl/evp.h>

/* Encrypt a config blob before it is written to disk (AES-256-GCM).
   key: 32 bytes, iv: 12 unique bytes per message; out needs in_len bytes;
   tag receives the 16-byte authentication tag. */
int encrypt_blob(const unsigned char *key, const unsigned char *iv,
                 const unsigned char *in, int in_len, unsigned char *out,
                 unsigned char tag[16])
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len = 0, total = -1;

    if (ctx == NULL)
        return -1;
    if (EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, iv) == 1 &&
        EVP_EncryptUpdate(ctx, out, &len, in, in_len) == 1) {
        total = len;
        if (EVP_EncryptFinal_ex(ctx, out + total, &len) == 1 &&
            EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, tag) == 1)
            total += len;
        else
            total = -1;
    }
    EVP_CIPHER_CTX_free(ctx);
    return total;
}
""",
    twin="c-des-blob",
)

bad(
    "c",
    "c-ssl-verify-none",
    "CWE-295",
    "SSL_VERIFY_NONE",
    r"""
#include <openssl/ssl.h>

/* TLS client context for talking to the update server. */
SSL_CTX *make_client_ctx(void)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());

    if (ctx == NULL)
        return NULL;
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
    return ctx;
}

SSL *open_tls(SSL_CTX *ctx, int fd, const char *host)
{
    SSL *ssl = SSL_new(ctx);

    if (ssl == NULL)
        return NULL;
    SSL_set_fd(ssl, fd);
    SSL_set_tlsext_host_name(ssl, host);
    SSL_set1_host(ssl, host);
    if (SSL_connect(ssl) != 1) {
        SSL_free(ssl);
        return NULL;
    }
    return ssl;
}
""",
)
good(
    "c",
    r"""
#include <openssl/ssl.h>

/* TLS client context for talking to the update server. */
SSL_CTX *make_client_ctx(void)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());

    if (ctx == NULL)
        return NULL;
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
    if (SSL_CTX_set_default_verify_paths(ctx) != 1) {
        SSL_CTX_free(ctx);
        return NULL;
    }
    return ctx;
}

SSL *open_tls(SSL_CTX *ctx, int fd, const char *host)
{
    SSL *ssl = SSL_new(ctx);

    if (ssl == NULL)
        return NULL;
    SSL_set_fd(ssl, fd);
    SSL_set_tlsext_host_name(ssl, host);
    SSL_set1_host(ssl, host);
    if (SSL_connect(ssl) != 1) {
        SSL_free(ssl);
        return NULL;
    }
    return ssl;
}
""",
    twin="c-ssl-verify-none",
)

bad(
    "c",
    "c-sqlite-orders",
    "CWE-89",
    "WHERE email = '%s'",
    r"""
#include <sqlite3.h>
#include <stdio.h>

static int print_row(void *arg, int ncol, char **vals, char **names)
{
    (void)arg; (void)names;
    if (ncol == 2)
        printf("order %s: %s\n", vals[0], vals[1]);
    return 0;
}

/* List one customer's orders; `email` comes from the web form. */
int list_orders(sqlite3 *db, const char *email)
{
    char sql[512];
    char *err = NULL;

    snprintf(sql, sizeof(sql),
             "SELECT id, total FROM orders WHERE email = '%s' ORDER BY id;", email);
    if (sqlite3_exec(db, sql, print_row, NULL, &err) != SQLITE_OK) {
        fprintf(stderr, "query failed: %s\n", err);
        sqlite3_free(err);
        return -1;
    }
    return 0;
}
""",
)
good(
    "c",
    r"""
#include <sqlite3.h>
#include <stdio.h>

/* List one customer's orders; `email` comes from the web form. */
int list_orders(sqlite3 *db, const char *email)
{
    sqlite3_stmt *stmt = NULL;
    int rc;

    rc = sqlite3_prepare_v2(db,
             "SELECT id, total FROM orders WHERE email = ?1 ORDER BY id;",
             -1, &stmt, NULL);
    if (rc != SQLITE_OK) {
        fprintf(stderr, "query failed: %s\n", sqlite3_errmsg(db));
        return -1;
    }
    sqlite3_bind_text(stmt, 1, email, -1, SQLITE_TRANSIENT);
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        printf("order %s: %s\n", (const char *)sqlite3_column_text(stmt, 0),
               (const char *)sqlite3_column_text(stmt, 1));
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE ? 0 : -1;
}
""",
    twin="c-sqlite-orders",
)

bad(
    "c",
    "c-atoi-menu",
    "CWE-129",
    "return menu_items[idx - 1];",
    r"""
#include <stdlib.h>

static const char *const menu_items[] = {
    "Show status", "Restart service", "Tail logs", "Quit"
};

/* Translate the operator's numeric menu choice ("1".."4") into an action. */
const char *menu_choice(const char *input)
{
    int idx = atoi(input);

    return menu_items[idx - 1];
}
""",
)
good(
    "c",
    r"""
#include <stdlib.h>

#define MENU_COUNT (sizeof(menu_items) / sizeof(menu_items[0]))

static const char *const menu_items[] = {
    "Show status", "Restart service", "Tail logs", "Quit"
};

/* Translate the operator's numeric menu choice ("1".."4") into an action.
   Returns NULL for anything that is not a valid choice. */
const char *menu_choice(const char *input)
{
    char *end;
    long idx = strtol(input, &end, 10);

    if (end == input || (*end != '\0' && *end != '\n'))
        return NULL;
    if (idx < 1 || (unsigned long)idx > MENU_COUNT)
        return NULL;
    return menu_items[idx - 1];
}
""",
    twin="c-atoi-menu",
)

bad(
    "c",
    "c-alloca-record",
    "CWE-789",
    "alloca(rec_len)",
    r"""
#include <alloca.h>
#include <stdint.h>
#include <unistd.h>

int read_full(int fd, void *buf, size_t len);
uint32_t record_checksum(const uint8_t *data, size_t len);

/* Read one record whose length prefix was sent by the client and verify
   its checksum. */
int check_record(int fd, uint32_t rec_len, uint32_t expected)
{
    uint8_t *buf = alloca(rec_len);

    if (read_full(fd, buf, rec_len) != 0)
        return -1;
    return record_checksum(buf, rec_len) == expected ? 0 : -1;
}
""",
)
good(
    "c",
    r"""
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

#define MAX_RECORD (1u << 20)

int read_full(int fd, void *buf, size_t len);
uint32_t record_checksum(const uint8_t *data, size_t len);

/* Read one record whose length prefix was sent by the client and verify
   its checksum. */
int check_record(int fd, uint32_t rec_len, uint32_t expected)
{
    uint8_t *buf;
    int rc = -1;

    if (rec_len == 0 || rec_len > MAX_RECORD)
        return -1;
    buf = malloc(rec_len);
    if (buf == NULL)
        return -1;
    if (read_full(fd, buf, rec_len) == 0)
        rc = record_checksum(buf, rec_len) == expected ? 0 : -1;
    free(buf);
    return rc;
}
""",
    twin="c-alloca-record",
)

bad(
    "c",
    "c-strncpy-host",
    "CWE-170",
    "strncpy(req->host, host, sizeof(req->host));",
    r"""
#include <string.h>

struct request {
    char method[8];
    char host[64];
    char path[256];
};

/* Store the Host header value of an incoming HTTP request. */
void set_request_host(struct request *req, const char *host)
{
    strncpy(req->host, host, sizeof(req->host));
}

int host_is_local(const struct request *req)
{
    return strcmp(req->host, "localhost") == 0 || strncmp(req->host, "127.", 4) == 0;
}
""",
)
good(
    "c",
    r"""
#include <string.h>

struct request {
    char method[8];
    char host[64];
    char path[256];
};

/* Store the Host header value of an incoming HTTP request. */
void set_request_host(struct request *req, const char *host)
{
    strncpy(req->host, host, sizeof(req->host) - 1);
    req->host[sizeof(req->host) - 1] = '\0';
}

int host_is_local(const struct request *req)
{
    return strcmp(req->host, "localhost") == 0 || strncmp(req->host, "127.", 4) == 0;
}
""",
    twin="c-strncpy-host",
)

# ---------------------------------------------------------------------------
# C: insecure without a twin
# ---------------------------------------------------------------------------

bad(
    "c",
    None,
    "CWE-134",
    "syslog(LOG_AUTH | LOG_WARNING, msg);",
    r"""
#include <stdio.h>
#include <syslog.h>

/* Record a failed login attempt in the system log. */
void log_failed_login(const char *username, const char *remote_ip)
{
    char msg[256];

    snprintf(msg, sizeof(msg), "failed login for %s from %s", username, remote_ip);
    syslog(LOG_AUTH | LOG_WARNING, msg);
}
""",
)

bad(
    "c",
    None,
    "CWE-401",
    "sb->data = realloc(sb->data, newcap);",
    r"""
#include <stdlib.h>
#include <string.h>

struct strbuf {
    char  *data;
    size_t len;
    size_t cap;
};

/* Append n bytes to a growable string buffer, doubling its capacity. */
int strbuf_append(struct strbuf *sb, const char *s, size_t n)
{
    if (sb->len + n + 1 > sb->cap) {
        size_t newcap = sb->cap ? sb->cap * 2 : 64;
        while (newcap < sb->len + n + 1)
            newcap *= 2;
        sb->data = realloc(sb->data, newcap);
        if (sb->data == NULL)
            return -1;
        sb->cap = newcap;
    }
    memcpy(sb->data + sb->len, s, n);
    sb->len += n;
    sb->data[sb->len] = '\0';
    return 0;
}
""",
)

bad(
    "c",
    None,
    "CWE-131",
    "malloc(plen + nlen)",
    r"""
#include <stdlib.h>
#include <string.h>

/* Return "<prefix><name>" as a newly allocated string, e.g. for building
   metric names like "http.requests". Caller frees. */
char *prefixed_name(const char *prefix, const char *name)
{
    size_t plen = strlen(prefix);
    size_t nlen = strlen(name);
    char *out = malloc(plen + nlen);

    if (out == NULL)
        return NULL;
    memcpy(out, prefix, plen);
    memcpy(out + plen, name, nlen + 1);
    return out;
}
""",
)

# ---------------------------------------------------------------------------
# C: safe look-alikes
# ---------------------------------------------------------------------------

good(
    "c",
    r"""
#include <stdio.h>
#include <string.h>

struct widget {
    int  id;
    char label[48];
};

/* Set a widget's label; rejects labels that do not fit. */
int widget_set_label(struct widget *w, const char *text)
{
    if (strlen(text) >= sizeof(w->label))
        return -1;
    strcpy(w->label, text);
    return 0;
}

/* "#12: Save" style caption; an int needs at most 11 characters. */
void widget_caption(const struct widget *w, char out[80])
{
    char num[16];

    sprintf(num, "%d", w->id);
    snprintf(out, 80, "#%s: %s", num, w->label);
}
""",
)

good(
    "c",
    r"""
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

/* Reconnect delay for the message-broker client: exponential backoff with
   random jitter so that clients do not reconnect in lock-step. The jitter
   needs to be spread out, not unpredictable, so rand() is fine here. */
void backoff_init(void)
{
    srand((unsigned)time(NULL) ^ (unsigned)getpid());
}

unsigned backoff_ms(unsigned attempt)
{
    unsigned base = 100u << (attempt < 8 ? attempt : 8);

    return base / 2 + (unsigned)rand() % (base / 2 + 1);
}
""",
)

good(
    "c",
    r"""
#include <stdio.h>

/* Read the 1-minute load average by running a fixed command.
   Returns -1.0 on failure. */
double load_average(void)
{
    char line[256];
    double one = -1.0;
    FILE *p = popen("/bin/cat /proc/loadavg", "r");

    if (p == NULL)
        return -1.0;
    if (fgets(line, sizeof(line), p) != NULL)
        sscanf(line, "%lf", &one);
    pclose(p);
    return one;
}
""",
)

# ---------------------------------------------------------------------------
# C++: pairs
# ---------------------------------------------------------------------------

bad(
    "cpp",
    "cpp-vector-ref",
    "CWE-416",
    "main_task.deps.push_back",
    r"""
#include <string>
#include <vector>

struct Task {
    std::string name;
    int priority;
    std::vector<std::string> deps;
};

class Scheduler {
public:
    // Add a task plus a "<name>.cleanup" task that runs after it.
    void add_with_cleanup(const std::string& name, int priority) {
        tasks_.push_back({name, priority, {}});
        Task& main_task = tasks_.back();
        tasks_.push_back({name + ".cleanup", priority - 1, {name}});
        main_task.deps.push_back("init");
    }

    const std::vector<Task>& tasks() const { return tasks_; }

private:
    std::vector<Task> tasks_;
};
""",
)
good(
    "cpp",
    r"""
#include <string>
#include <vector>

struct Task {
    std::string name;
    int priority;
    std::vector<std::string> deps;
};

class Scheduler {
public:
    // Add a task plus a "<name>.cleanup" task that runs after it.
    void add_with_cleanup(const std::string& name, int priority) {
        const std::size_t main_index = tasks_.size();
        tasks_.push_back({name, priority, {}});
        tasks_.push_back({name + ".cleanup", priority - 1, {name}});
        // Index again: the second push_back may have reallocated the vector.
        tasks_[main_index].deps.push_back("init");
    }

    const std::vector<Task>& tasks() const { return tasks_; }

private:
    std::vector<Task> tasks_;
};
""",
    twin="cpp-vector-ref",
)

bad(
    "cpp",
    "cpp-map-erase",
    "CWE-416",
    "sessions.erase(it);",
    r"""
#include <chrono>
#include <map>
#include <string>

struct Session {
    std::string user;
    std::chrono::steady_clock::time_point last_seen;
};

// Drop sessions that have been idle for longer than `ttl`.
void expire_sessions(std::map<int, Session>& sessions, std::chrono::seconds ttl)
{
    const auto now = std::chrono::steady_clock::now();
    for (auto it = sessions.begin(); it != sessions.end(); ++it) {
        if (now - it->second.last_seen > ttl)
            sessions.erase(it);
    }
}
""",
)
good(
    "cpp",
    r"""
#include <chrono>
#include <map>
#include <string>

struct Session {
    std::string user;
    std::chrono::steady_clock::time_point last_seen;
};

// Drop sessions that have been idle for longer than `ttl`.
void expire_sessions(std::map<int, Session>& sessions, std::chrono::seconds ttl)
{
    const auto now = std::chrono::steady_clock::now();
    for (auto it = sessions.begin(); it != sessions.end();) {
        if (now - it->second.last_seen > ttl)
            it = sessions.erase(it);   // erase returns the next valid iterator
        else
            ++it;
    }
}
""",
    twin="cpp-map-erase",
)

bad(
    "cpp",
    "cpp-return-local-ref",
    "CWE-562",
    "return lowered;",
    r"""
#include <algorithm>
#include <cctype>
#include <map>
#include <string>

// Lower-case an HTTP header name so lookups are case-insensitive.
const std::string& normalize_header(const std::string& name)
{
    std::string lowered = name;
    std::transform(lowered.begin(), lowered.end(), lowered.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return lowered;
}

std::string header_value(const std::map<std::string, std::string>& headers,
                         const std::string& name)
{
    auto it = headers.find(normalize_header(name));
    return it == headers.end() ? std::string() : it->second;
}
""",
)
good(
    "cpp",
    r"""
#include <algorithm>
#include <cctype>
#include <map>
#include <string>

// Lower-case an HTTP header name so lookups are case-insensitive.
std::string normalize_header(const std::string& name)
{
    std::string lowered = name;
    std::transform(lowered.begin(), lowered.end(), lowered.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return lowered;
}

std::string header_value(const std::map<std::string, std::string>& headers,
                         const std::string& name)
{
    auto it = headers.find(normalize_header(name));
    return it == headers.end() ? std::string() : it->second;
}
""",
    twin="cpp-return-local-ref",
)

bad(
    "cpp",
    "cpp-cstr-temp",
    "CWE-416",
    '.db").c_str();',
    r"""
#include <cstdio>
#include <string>
#include <sys/types.h>

// Open the per-user cache database, e.g. /var/cache/notes/1000.db
std::FILE* open_cache(uid_t uid)
{
    const char* path = (std::string("/var/cache/notes/") + std::to_string(uid) + ".db").c_str();
    std::FILE* fp = std::fopen(path, "rb");
    if (fp == nullptr)
        std::perror(path);
    return fp;
}
""",
)
good(
    "cpp",
    r"""
#include <cstdio>
#include <string>
#include <sys/types.h>

// Open the per-user cache database, e.g. /var/cache/notes/1000.db
std::FILE* open_cache(uid_t uid)
{
    const std::string path = "/var/cache/notes/" + std::to_string(uid) + ".db";
    std::FILE* fp = std::fopen(path.c_str(), "rb");
    if (fp == nullptr)
        std::perror(path.c_str());
    return fp;
}
""",
    twin="cpp-cstr-temp",
)

bad(
    "cpp",
    "cpp-rule-of-three",
    "CWE-415",
    "~Buffer() { delete[] data_; }",
    r"""
#include <cstddef>
#include <cstring>
#include <vector>

// Fixed-size byte buffer used for outgoing packets.
class Buffer {
public:
    explicit Buffer(std::size_t n) : data_(new unsigned char[n]), size_(n) {}
    ~Buffer() { delete[] data_; }

    unsigned char* data() { return data_; }
    std::size_t size() const { return size_; }

private:
    unsigned char* data_;
    std::size_t size_;
};

// Queue a zeroed packet of n bytes for the sender thread.
void queue_packet(std::vector<Buffer>& queue, std::size_t n)
{
    Buffer b(n);
    std::memset(b.data(), 0, b.size());
    queue.push_back(b);
}
""",
)
good(
    "cpp",
    r"""
#include <cstddef>
#include <cstring>
#include <memory>
#include <vector>

// Fixed-size byte buffer used for outgoing packets (move-only).
class Buffer {
public:
    explicit Buffer(std::size_t n) : data_(new unsigned char[n]), size_(n) {}

    unsigned char* data() { return data_.get(); }
    std::size_t size() const { return size_; }

private:
    std::unique_ptr<unsigned char[]> data_;
    std::size_t size_;
};

// Queue a zeroed packet of n bytes for the sender thread.
void queue_packet(std::vector<Buffer>& queue, std::size_t n)
{
    Buffer b(n);
    std::memset(b.data(), 0, b.size());
    queue.push_back(std::move(b));
}
""",
    twin="cpp-rule-of-three",
)

bad(
    "cpp",
    "cpp-use-after-delete",
    "CWE-416",
    'std::clog << "closed connection to "',
    r"""
#include <iostream>
#include <string>
#include <unistd.h>
#include <unordered_map>

struct Connection {
    int fd;
    std::string peer;
};

class ConnectionTable {
public:
    void add(int fd, const std::string& peer) { conns_[fd] = new Connection{fd, peer}; }

    void close(int fd) {
        auto it = conns_.find(fd);
        if (it == conns_.end())
            return;
        Connection* c = it->second;
        conns_.erase(it);
        ::close(c->fd);
        delete c;
        std::clog << "closed connection to " << c->peer << '\n';
    }

private:
    std::unordered_map<int, Connection*> conns_;
};
""",
)
good(
    "cpp",
    r"""
#include <iostream>
#include <memory>
#include <string>
#include <unistd.h>
#include <unordered_map>

struct Connection {
    int fd;
    std::string peer;
};

class ConnectionTable {
public:
    void add(int fd, const std::string& peer) {
        conns_[fd] = std::make_unique<Connection>(Connection{fd, peer});
    }

    void close(int fd) {
        auto it = conns_.find(fd);
        if (it == conns_.end())
            return;
        std::unique_ptr<Connection> c = std::move(it->second);
        conns_.erase(it);
        ::close(c->fd);
        std::clog << "closed connection to " << c->peer << '\n';
    }   // c is destroyed here, after its last use

private:
    std::unordered_map<int, std::unique_ptr<Connection>> conns_;
};
""",
    twin="cpp-use-after-delete",
)

bad(
    "cpp",
    "cpp-newarr-overflow",
    "CWE-190",
    "std::uint32_t total = hdr.row_count * hdr.row_size;",
    r"""
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <stdexcept>

struct TableHeader {
    std::uint32_t row_count;
    std::uint32_t row_size;
};

// Copy the rows of a table out of a memory-mapped file into a new array.
std::uint8_t* load_rows(const TableHeader& hdr, const std::uint8_t* src, std::size_t src_len)
{
    std::uint32_t total = hdr.row_count * hdr.row_size;
    if (total > src_len)
        throw std::runtime_error("truncated table");
    auto* rows = new std::uint8_t[total];
    for (std::uint32_t i = 0; i < hdr.row_count; ++i)
        std::memcpy(rows + static_cast<std::size_t>(i) * hdr.row_size,
                    src + static_cast<std::size_t>(i) * hdr.row_size, hdr.row_size);
    return rows;
}
""",
)
good(
    "cpp",
    r"""
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <stdexcept>

struct TableHeader {
    std::uint32_t row_count;
    std::uint32_t row_size;
};

// Copy the rows of a table out of a memory-mapped file into a new array.
std::uint8_t* load_rows(const TableHeader& hdr, const std::uint8_t* src, std::size_t src_len)
{
    if (hdr.row_size != 0 &&
        hdr.row_count > std::numeric_limits<std::size_t>::max() / hdr.row_size)
        throw std::runtime_error("table too large");
    const std::size_t total = static_cast<std::size_t>(hdr.row_count) * hdr.row_size;
    if (total > src_len)
        throw std::runtime_error("truncated table");
    auto* rows = new std::uint8_t[total];
    std::memcpy(rows, src, total);
    return rows;
}
""",
    twin="cpp-newarr-overflow",
)

bad(
    "cpp",
    "cpp-strcpy-member",
    "CWE-120",
    "std::strcpy(name_, name);",
    r"""
#include <cstring>
#include <iostream>

class Employee {
public:
    Employee(const char* name, int id) : id_(id) {
        std::strcpy(name_, name);
    }

    void print(std::ostream& os) const { os << id_ << ": " << name_ << '\n'; }

private:
    char name_[32];
    int id_;
};

// Build an employee record from a CSV field read off the HR export.
void add_from_csv(const char* name_field, int id)
{
    Employee e(name_field, id);
    e.print(std::cout);
}
""",
)
good(
    "cpp",
    r"""
#include <iostream>
#include <string>

class Employee {
public:
    Employee(const char* name, int id) : name_(name), id_(id) {}

    void print(std::ostream& os) const { os << id_ << ": " << name_ << '\n'; }

private:
    std::string name_;
    int id_;
};

// Build an employee record from a CSV field read off the HR export.
void add_from_csv(const char* name_field, int id)
{
    Employee e(name_field, id);
    e.print(std::cout);
}
""",
    twin="cpp-strcpy-member",
)

bad(
    "cpp",
    "cpp-sprintf-hud",
    "CWE-787",
    "std::sprintf(buf,",
    r"""
#include <cstdio>
#include <string>

// Status line shown in the game HUD; the player name is chosen by the player.
std::string hud_text(const std::string& player, int hp, int level)
{
    char buf[48];
    std::sprintf(buf, "%s  HP:%d  LV:%d", player.c_str(), hp, level);
    return buf;
}
""",
)
good(
    "cpp",
    r"""
#include <cstdio>
#include <string>

// Status line shown in the game HUD; the player name is chosen by the player.
// Long names are cut off instead of overflowing the buffer.
std::string hud_text(const std::string& player, int hp, int level)
{
    char buf[48];
    std::snprintf(buf, sizeof(buf), "%s  HP:%d  LV:%d", player.c_str(), hp, level);
    return buf;
}
""",
    twin="cpp-sprintf-hud",
)

bad(
    "cpp",
    "cpp-istream-read",
    "CWE-121",
    "in.read(buf, len);",
    r"""
#include <cstdint>
#include <istream>
#include <string>

// Read a length-prefixed string (uint16 length, then bytes) from a save file.
std::string read_string(std::istream& in)
{
    char buf[256];
    std::uint16_t len = 0;

    in.read(reinterpret_cast<char*>(&len), sizeof(len));
    if (!in)
        return {};
    in.read(buf, len);
    return std::string(buf, static_cast<std::size_t>(in.gcount()));
}
""",
)
good(
    "cpp",
    r"""
#include <cstdint>
#include <istream>
#include <string>

// Read a length-prefixed string (uint16 length, then bytes) from a save file.
std::string read_string(std::istream& in)
{
    std::uint16_t len = 0;

    in.read(reinterpret_cast<char*>(&len), sizeof(len));
    if (!in)
        return {};
    std::string s(len, '\0');
    in.read(&s[0], len);
    s.resize(static_cast<std::size_t>(in.gcount()));
    return s;
}
""",
    twin="cpp-istream-read",
)

bad(
    "cpp",
    "cpp-stoi-slot",
    "CWE-129",
    "std::string item = slots_[slot];",
    r"""
#include <array>
#include <string>

class Inventory {
public:
    // Handles the "take <slot>" console command.
    std::string take(const std::string& slot_arg) {
        int slot = std::stoi(slot_arg);
        std::string item = slots_[slot];
        slots_[slot].clear();
        return item;
    }

    void put(std::size_t slot, std::string item) { slots_.at(slot) = std::move(item); }

private:
    std::array<std::string, 10> slots_;
};
""",
)
good(
    "cpp",
    r"""
#include <array>
#include <string>

class Inventory {
public:
    // Handles the "take <slot>" console command.
    std::string take(const std::string& slot_arg) {
        int slot = std::stoi(slot_arg);
        if (slot < 0 || static_cast<std::size_t>(slot) >= slots_.size())
            return {};
        std::string item = slots_[slot];
        slots_[slot].clear();
        return item;
    }

    void put(std::size_t slot, std::string item) { slots_.at(slot) = std::move(item); }

private:
    std::array<std::string, 10> slots_;
};
""",
    twin="cpp-stoi-slot",
)

bad(
    "cpp",
    "cpp-fprintf-log",
    "CWE-134",
    "std::fprintf(stderr, msg.c_str());",
    r"""
#include <cstdio>
#include <string>

enum class Level { Info, Warn, Error };

// Minimal logger; messages often contain request paths and user agents.
void log_line(Level lvl, const std::string& msg)
{
    static const char* const names[] = {"INFO", "WARN", "ERROR"};
    std::fprintf(stderr, "[%s] ", names[static_cast<int>(lvl)]);
    std::fprintf(stderr, msg.c_str());
    std::fputc('\n', stderr);
}
""",
)
good(
    "cpp",
    r"""
#include <cstdio>
#include <string>

enum class Level { Info, Warn, Error };

// Minimal logger; messages often contain request paths and user agents.
void log_line(Level lvl, const std::string& msg)
{
    static const char* const names[] = {"INFO", "WARN", "ERROR"};
    std::fprintf(stderr, "[%s] ", names[static_cast<int>(lvl)]);
    std::fprintf(stderr, "%s", msg.c_str());
    std::fputc('\n', stderr);
}
""",
    twin="cpp-fprintf-log",
)

bad(
    "cpp",
    "cpp-underflow-body",
    "CWE-191",
    "std::size_t body_len = len - kHeaderSize - kCrcSize;",
    r"""
#include <cstddef>
#include <cstdint>
#include <vector>

constexpr std::size_t kHeaderSize = 12;
constexpr std::size_t kCrcSize = 4;

// Extract the payload of a datagram: 12-byte header, payload, 4-byte CRC.
std::vector<std::uint8_t> datagram_body(const std::uint8_t* pkt, std::size_t len)
{
    if (pkt == nullptr || len == 0)
        return {};
    std::size_t body_len = len - kHeaderSize - kCrcSize;
    return std::vector<std::uint8_t>(pkt + kHeaderSize, pkt + kHeaderSize + body_len);
}
""",
)
good(
    "cpp",
    r"""
#include <cstddef>
#include <cstdint>
#include <vector>

constexpr std::size_t kHeaderSize = 12;
constexpr std::size_t kCrcSize = 4;

// Extract the payload of a datagram: 12-byte header, payload, 4-byte CRC.
std::vector<std::uint8_t> datagram_body(const std::uint8_t* pkt, std::size_t len)
{
    if (pkt == nullptr || len < kHeaderSize + kCrcSize)
        return {};
    std::size_t body_len = len - kHeaderSize - kCrcSize;
    return std::vector<std::uint8_t>(pkt + kHeaderSize, pkt + kHeaderSize + body_len);
}
""",
    twin="cpp-underflow-body",
)

bad(
    "cpp",
    "cpp-uninit-member",
    "CWE-457",
    "int count_;",
    r"""
#include <chrono>

// Allows at most `per_window` calls per window; reset() is called by a timer.
class RateLimiter {
public:
    explicit RateLimiter(int per_window) : limit_(per_window) {}

    bool allow() {
        if (count_ >= limit_)
            return false;
        ++count_;
        return true;
    }

    void reset() { count_ = 0; }

private:
    int limit_;
    int count_;
};
""",
)
good(
    "cpp",
    r"""
#include <chrono>

// Allows at most `per_window` calls per window; reset() is called by a timer.
class RateLimiter {
public:
    explicit RateLimiter(int per_window) : limit_(per_window) {}

    bool allow() {
        if (count_ >= limit_)
            return false;
        ++count_;
        return true;
    }

    void reset() { count_ = 0; }

private:
    int limit_;
    int count_ = 0;
};
""",
    twin="cpp-uninit-member",
)

bad(
    "cpp",
    "cpp-dynamic-cast-null",
    "CWE-476",
    "b->click();",
    r"""
#include <iostream>
#include <memory>
#include <string>
#include <vector>

struct Widget {
    virtual ~Widget() = default;
    std::string id;
};

struct Button : Widget {
    std::string label;
    void click() { std::cout << "clicked " << label << '\n'; }
};

// UI test driver: "click <id>" from a test script.
void click_by_id(std::vector<std::unique_ptr<Widget>>& widgets, const std::string& id)
{
    for (auto& w : widgets) {
        if (w->id == id) {
            auto* b = dynamic_cast<Button*>(w.get());
            b->click();
            return;
        }
    }
}
""",
)
good(
    "cpp",
    r"""
#include <iostream>
#include <memory>
#include <string>
#include <vector>

struct Widget {
    virtual ~Widget() = default;
    std::string id;
};

struct Button : Widget {
    std::string label;
    void click() { std::cout << "clicked " << label << '\n'; }
};

// UI test driver: "click <id>" from a test script.
void click_by_id(std::vector<std::unique_ptr<Widget>>& widgets, const std::string& id)
{
    for (auto& w : widgets) {
        if (w->id == id) {
            if (auto* b = dynamic_cast<Button*>(w.get()))
                b->click();
            else
                std::cerr << id << " is not a button\n";
            return;
        }
    }
}
""",
    twin="cpp-dynamic-cast-null",
)

bad(
    "cpp",
    "cpp-reinterpret-observer",
    "CWE-843",
    "reinterpret_cast<Account*>(obs)",
    r"""
#include <string>
#include <vector>

struct Serializable {
    virtual ~Serializable() = default;
    virtual std::string dump() const = 0;
};

struct Observer {
    virtual ~Observer() = default;
    virtual void notify(int event) = 0;
};

class Account : public Serializable, public Observer {
public:
    std::string dump() const override { return "events=" + std::to_string(events_.size()); }
    void notify(int event) override { record(event); }
    void record(int event) { events_.push_back(event); }
private:
    std::vector<int> events_;
};

// The event bus hands back the Observer* it was registered with.
void on_bus_event(Observer* obs, int event)
{
    auto* acct = reinterpret_cast<Account*>(obs);
    acct->record(event);
}
""",
)
good(
    "cpp",
    r"""
#include <string>
#include <vector>

struct Serializable {
    virtual ~Serializable() = default;
    virtual std::string dump() const = 0;
};

struct Observer {
    virtual ~Observer() = default;
    virtual void notify(int event) = 0;
};

class Account : public Serializable, public Observer {
public:
    std::string dump() const override { return "events=" + std::to_string(events_.size()); }
    void notify(int event) override { record(event); }
    void record(int event) { events_.push_back(event); }
private:
    std::vector<int> events_;
};

// The event bus hands back the Observer* it was registered with.
void on_bus_event(Observer* obs, int event)
{
    if (auto* acct = dynamic_cast<Account*>(obs))
        acct->record(event);
}
""",
    twin="cpp-reinterpret-observer",
)

bad(
    "cpp",
    "cpp-system-thumb",
    "CWE-78",
    "std::system(cmd.c_str())",
    r"""
#include <cstdlib>
#include <string>

// Convert an uploaded image into a 200x200 thumbnail with ImageMagick.
// `src` is the file name the user uploaded.
bool make_thumbnail(const std::string& src, const std::string& dst)
{
    std::string cmd = "convert '" + src + "' -thumbnail 200x200 '" + dst + "'";
    return std::system(cmd.c_str()) == 0;
}
""",
)
good(
    "cpp",
    r"""
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

// Convert an uploaded image into a 200x200 thumbnail with ImageMagick.
// `src` is the file name the user uploaded; it is passed as one argument,
// never through a shell.
bool make_thumbnail(const std::string& src, const std::string& dst)
{
    std::vector<std::string> args = {"convert", "--", src, "-thumbnail", "200x200", dst};
    std::vector<char*> argv;
    for (auto& a : args)
        argv.push_back(&a[0]);
    argv.push_back(nullptr);

    pid_t pid = fork();
    if (pid < 0)
        return false;
    if (pid == 0) {
        execv("/usr/bin/convert", argv.data());
        _exit(127);
    }
    int status = 0;
    if (waitpid(pid, &status, 0) < 0)
        return false;
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}
""",
    twin="cpp-system-thumb",
)

bad(
    "cpp",
    "cpp-popen-dig",
    "CWE-78",
    'popen(cmd.c_str(), "r")',
    r"""
#include <cstdio>
#include <string>

// Resolve a domain entered on the diagnostics page: first line of `dig +short`.
std::string resolve(const std::string& domain)
{
    std::string cmd = "dig +short " + domain;
    FILE* p = popen(cmd.c_str(), "r");
    if (p == nullptr)
        return {};
    char line[256];
    std::string out;
    if (std::fgets(line, sizeof(line), p) != nullptr)
        out = line;
    pclose(p);
    while (!out.empty() && (out.back() == '\n' || out.back() == '\r'))
        out.pop_back();
    return out;
}
""",
)
good(
    "cpp",
    r"""
#include <cctype>
#include <cstdio>
#include <string>

// Only letters, digits, dots and hyphens; must not start with '-'.
static bool is_valid_hostname(const std::string& s)
{
    if (s.empty() || s.size() > 253 || s[0] == '-' || s[0] == '.')
        return false;
    for (unsigned char c : s)
        if (!std::isalnum(c) && c != '.' && c != '-')
            return false;
    return true;
}

// Resolve a domain entered on the diagnostics page: first line of `dig +short`.
std::string resolve(const std::string& domain)
{
    if (!is_valid_hostname(domain))
        return {};
    std::string cmd = "dig +short " + domain;
    FILE* p = popen(cmd.c_str(), "r");
    if (p == nullptr)
        return {};
    char line[256];
    std::string out;
    if (std::fgets(line, sizeof(line), p) != nullptr)
        out = line;
    pclose(p);
    while (!out.empty() && (out.back() == '\n' || out.back() == '\r'))
        out.pop_back();
    return out;
}
""",
    twin="cpp-popen-dig",
)

bad(
    "cpp",
    "cpp-ifstream-template",
    "CWE-22",
    "std::ifstream in(kTemplateDir + tpl",
    r"""
#include <fstream>
#include <sstream>
#include <string>

const std::string kTemplateDir = "/srv/mailer/templates/";

// Load the e-mail template named by the `tpl` request parameter.
std::string load_template(const std::string& tpl)
{
    std::ifstream in(kTemplateDir + tpl + ".html");
    if (!in)
        return {};
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}
""",
)
good(
    "cpp",
    r"""
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

const fs::path kTemplateDir = "/srv/mailer/templates";

// Load the e-mail template named by the `tpl` request parameter.
// The resolved path must stay inside the template directory.
std::string load_template(const std::string& tpl)
{
    const fs::path base = fs::weakly_canonical(kTemplateDir);
    const fs::path path = fs::weakly_canonical(base / (tpl + ".html"));
    auto [b, p] = std::mismatch(base.begin(), base.end(), path.begin(), path.end());
    if (b != base.end())
        return {};
    std::ifstream in(path);
    if (!in)
        return {};
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}
""",
    twin="cpp-ifstream-template",
)

bad(
    "cpp",
    "cpp-mktemp-crash",
    "CWE-377",
    "mktemp(path)",
    r"""
#include <cstdlib>
#include <fstream>
#include <string>
#include <unistd.h>

// Dump a crash report to a temp file and return its path ("" on failure).
std::string write_crash_report(const std::string& report)
{
    char path[] = "/tmp/crash-XXXXXX";
    if (mktemp(path)[0] == '\0')
        return {};
    std::ofstream out(path);
    if (!out)
        return {};
    out << report;
    return path;
}
""",
)
good(
    "cpp",
    r"""
#include <cstdlib>
#include <string>
#include <unistd.h>

// Dump a crash report to a temp file and return its path ("" on failure).
std::string write_crash_report(const std::string& report)
{
    char path[] = "/tmp/crash-XXXXXX";
    int fd = mkstemp(path);   // created atomically with O_EXCL, mode 0600
    if (fd < 0)
        return {};
    const char* p = report.data();
    std::size_t left = report.size();
    while (left > 0) {
        ssize_t n = write(fd, p, left);
        if (n <= 0) {
            close(fd);
            unlink(path);
            return {};
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    close(fd);
    return path;
}
""",
    twin="cpp-mktemp-crash",
)

bad(
    "cpp",
    "cpp-rand-reset-code",
    "CWE-338",
    "std::rand() % 10",
    r"""
#include <cstdlib>
#include <ctime>
#include <string>

// Six-digit code e-mailed to a user who asked for a password reset.
std::string make_reset_code()
{
    std::srand(static_cast<unsigned>(std::time(nullptr)));
    std::string code;
    for (int i = 0; i < 6; ++i)
        code += static_cast<char>('0' + std::rand() % 10);
    return code;
}
""",
)
good(
    "cpp",
    r"""
#include <cstdint>
#include <stdexcept>
#include <string>
#include <sys/random.h>

// Six-digit code e-mailed to a user who asked for a password reset.
std::string make_reset_code()
{
    std::string code;
    while (code.size() < 6) {
        std::uint32_t v = 0;
        if (getrandom(&v, sizeof(v), 0) != static_cast<ssize_t>(sizeof(v)))
            throw std::runtime_error("getrandom failed");
        if (v >= 4294967290u)   // reject the tail so every digit is equally likely
            continue;
        code += static_cast<char>('0' + v % 10);
    }
    return code;
}
""",
    twin="cpp-rand-reset-code",
)

bad(
    "cpp",
    "cpp-mt19937-apikey",
    "CWE-338",
    "std::mt19937 gen(rd());",
    r"""
#include <random>
#include <string>

// Generate the API key shown once to the user when an integration is created.
std::string generate_api_key()
{
    static const char kChars[] =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    std::random_device rd;
    std::mt19937 gen(rd());
    std::uniform_int_distribution<std::size_t> pick(0, sizeof(kChars) - 2);

    std::string key = "sk_";
    for (int i = 0; i < 40; ++i)
        key += kChars[pick(gen)];
    return key;
}
""",
)
good(
    "cpp",
    r"""
#include <openssl/rand.h>
#include <stdexcept>
#include <string>

// Generate the API key shown once to the user when an integration is created.
std::string generate_api_key()
{
    static const char kHex[] = "0123456789abcdef";
    unsigned char raw[20];
    if (RAND_bytes(raw, sizeof(raw)) != 1)
        throw std::runtime_error("RAND_bytes failed");

    std::string key = "sk_";
    for (unsigned char b : raw) {
        key += kHex[b >> 4];
        key += kHex[b & 0x0f];
    }
    return key;
}
""",
    twin="cpp-mt19937-apikey",
)

bad(
    "cpp",
    "cpp-hardcoded-db",
    "CWE-798",
    "const std::string kDbPassword",
    r"""
#include <string>
#include "db/client.h"

namespace {
const std::string kDbHost = "reports-db.internal";
const std::string kDbUser = "reporting";
const std::string kDbPassword = "Rep0rt!ng-2023";
}  // namespace

// Connection used by the nightly revenue report.
db::Client connect_reporting_db()
{
    db::Client client(kDbHost, 5432, kDbUser, kDbPassword);
    client.set_timeout_ms(5000);
    return client;
}
""",
)
good(
    "cpp",
    r"""
#include <cstdlib>
#include <stdexcept>
#include <string>
#include "db/client.h"

namespace {
const std::string kDbHost = "reports-db.internal";
const std::string kDbUser = "reporting";

std::string required_env(const char* name)
{
    const char* v = std::getenv(name);
    if (v == nullptr || *v == '\0')
        throw std::runtime_error(std::string("missing environment variable ") + name);
    return v;
}
}  // namespace

// Connection used by the nightly revenue report.
db::Client connect_reporting_db()
{
    db::Client client(kDbHost, 5432, kDbUser, required_env("REPORTING_DB_PASSWORD"));
    client.set_timeout_ms(5000);
    return client;
}
""",
    twin="cpp-hardcoded-db",
)

bad(
    "cpp",
    "cpp-sha1-password",
    "CWE-328",
    "SHA1(reinterpret_cast",
    r"""
#include <iomanip>
#include <openssl/sha.h>
#include <sstream>
#include <string>

// Hash a password before it is stored in the users table.
std::string hash_password(const std::string& password)
{
    unsigned char digest[SHA_DIGEST_LENGTH];
    SHA1(reinterpret_cast<const unsigned char*>(password.data()), password.size(), digest);

    std::ostringstream hex;
    for (unsigned char b : digest)
        hex << std::hex << std::setw(2) << std::setfill('0') << static_cast<int>(b);
    return hex.str();
}
""",
)
good(
    "cpp",
    r"""
#include <iomanip>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <sstream>
#include <stdexcept>
#include <string>

// Hash a password before it is stored in the users table.
// Format: hex(salt) "$" hex(PBKDF2-HMAC-SHA256, 600000 iterations).
std::string hash_password(const std::string& password)
{
    unsigned char salt[16];
    unsigned char key[32];
    if (RAND_bytes(salt, sizeof(salt)) != 1 ||
        PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()), salt,
                          sizeof(salt), 600000, EVP_sha256(), sizeof(key), key) != 1)
        throw std::runtime_error("password hashing failed");

    std::ostringstream hex;
    hex << std::hex << std::setfill('0');
    for (unsigned char b : salt)
        hex << std::setw(2) << static_cast<int>(b);
    hex << '$';
    for (unsigned char b : key)
        hex << std::setw(2) << static_cast<int>(b);
    return hex.str();
}
""",
    twin="cpp-sha1-password",
)

bad(
    "cpp",
    "cpp-ecb-token",
    "CWE-327",
    "EVP_aes_256_ecb()",
    r"""
#include <memory>
#include <openssl/evp.h>
#include <stdexcept>
#include <string>
#include <vector>

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

// Encrypt a customer's card token before storing it. key: 32 bytes.
std::vector<unsigned char> encrypt_token(const std::vector<unsigned char>& key,
                                         const std::string& token)
{
    CipherCtx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    std::vector<unsigned char> out(token.size() + 16);
    int len = 0, total = 0;
    if (!ctx ||
        EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_ecb(), nullptr, key.data(), nullptr) != 1 ||
        EVP_EncryptUpdate(ctx.get(), out.data(), &len,
                          reinterpret_cast<const unsigned char*>(token.data()),
                          static_cast<int>(token.size())) != 1)
        throw std::runtime_error("encrypt failed");
    total = len;
    if (EVP_EncryptFinal_ex(ctx.get(), out.data() + total, &len) != 1)
        throw std::runtime_error("encrypt failed");
    out.resize(total + len);
    return out;
}
""",
)
good(
    "cpp",
    r"""
#include <memory>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdexcept>
#include <string>
#include <vector>

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

// Encrypt a customer's card token before storing it. key: 32 bytes.
// Output: 12-byte random IV || ciphertext || 16-byte GCM tag.
std::vector<unsigned char> encrypt_token(const std::vector<unsigned char>& key,
                                         const std::string& token)
{
    CipherCtx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    std::vector<unsigned char> out(12 + token.size() + 16);
    int len = 0;
    if (!ctx || RAND_bytes(out.data(), 12) != 1 ||
        EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.data(), out.data()) != 1 ||
        EVP_EncryptUpdate(ctx.get(), out.data() + 12, &len,
                          reinterpret_cast<const unsigned char*>(token.data()),
                          static_cast<int>(token.size())) != 1 ||
        EVP_EncryptFinal_ex(ctx.get(), out.data() + 12 + len, &len) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, 16,
                            out.data() + 12 + token.size()) != 1)
        throw std::runtime_error("encrypt failed");
    return out;
}
""",
    twin="cpp-ecb-token",
)

bad(
    "cpp",
    "cpp-curl-noverify",
    "CWE-295",
    "CURLOPT_SSL_VERIFYPEER, 0L",
    r"""
#include <curl/curl.h>
#include <string>

static size_t collect(char* data, size_t size, size_t n, void* userdata)
{
    static_cast<std::string*>(userdata)->append(data, size * n);
    return size * n;
}

// Fetch the JSON price feed from the supplier's HTTPS endpoint.
std::string fetch_prices(const std::string& url)
{
    std::string body;
    CURL* curl = curl_easy_init();
    if (curl == nullptr)
        return body;
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &body);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 10L);
    CURLcode rc = curl_easy_perform(curl);
    curl_easy_cleanup(curl);
    return rc == CURLE_OK ? body : std::string();
}
""",
)
good(
    "cpp",
    r"""
#include <curl/curl.h>
#include <string>

static size_t collect(char* data, size_t size, size_t n, void* userdata)
{
    static_cast<std::string*>(userdata)->append(data, size * n);
    return size * n;
}

// Fetch the JSON price feed from the supplier's HTTPS endpoint.
std::string fetch_prices(const std::string& url)
{
    std::string body;
    CURL* curl = curl_easy_init();
    if (curl == nullptr)
        return body;
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &body);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 10L);
    CURLcode rc = curl_easy_perform(curl);
    curl_easy_cleanup(curl);
    return rc == CURLE_OK ? body : std::string();
}
""",
    twin="cpp-curl-noverify",
)

bad(
    "cpp",
    "cpp-sqlite-todo",
    "CWE-89",
    "WHERE owner = '",
    r"""
#include <iostream>
#include <sqlite3.h>
#include <string>

// Mark a todo item as done; `user` and `title` come from the HTTP request.
bool complete_todo(sqlite3* db, const std::string& user, const std::string& title)
{
    std::string sql = "UPDATE todos SET done = 1 WHERE owner = '" + user +
                      "' AND title = '" + title + "';";
    char* err = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
        std::cerr << "update failed: " << err << '\n';
        sqlite3_free(err);
        return false;
    }
    return sqlite3_changes(db) > 0;
}
""",
)
good(
    "cpp",
    r"""
#include <iostream>
#include <sqlite3.h>
#include <string>

// Mark a todo item as done; `user` and `title` come from the HTTP request.
bool complete_todo(sqlite3* db, const std::string& user, const std::string& title)
{
    sqlite3_stmt* stmt = nullptr;
    const char* sql = "UPDATE todos SET done = 1 WHERE owner = ?1 AND title = ?2;";
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        std::cerr << "update failed: " << sqlite3_errmsg(db) << '\n';
        return false;
    }
    sqlite3_bind_text(stmt, 1, user.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(stmt, 2, title.c_str(), -1, SQLITE_TRANSIENT);
    const int rc = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE && sqlite3_changes(db) > 0;
}
""",
    twin="cpp-sqlite-todo",
)

# ---------------------------------------------------------------------------
# C++: insecure without a twin
# ---------------------------------------------------------------------------

bad(
    "cpp",
    None,
    "CWE-416",
    "std::string_view name = current_user_name();",
    r"""
#include <iostream>
#include <string>
#include <string_view>

std::string current_user_name();   // looks the name up in the session store

// Print the greeting at the top of the interactive shell.
void print_greeting()
{
    std::string_view name = current_user_name();
    if (name.empty())
        name = "guest";
    std::cout << "Hello, " << name << "! Type 'help' for commands.\n";
}
""",
)

bad(
    "cpp",
    None,
    "CWE-762",
    "~Histogram() { delete counts_; }",
    r"""
#include <cstddef>
#include <iostream>

// Fixed-bin histogram of request latencies.
class Histogram {
public:
    Histogram(double max_value, std::size_t bins)
        : max_(max_value), bins_(bins), counts_(new unsigned long[bins]()) {}
    ~Histogram() { delete counts_; }

    Histogram(const Histogram&) = delete;
    Histogram& operator=(const Histogram&) = delete;

    void add(double v) {
        if (v < 0) v = 0;
        std::size_t i = static_cast<std::size_t>(v / max_ * bins_);
        counts_[i < bins_ ? i : bins_ - 1]++;
    }

    void print(std::ostream& os) const {
        for (std::size_t i = 0; i < bins_; ++i)
            os << i << ": " << counts_[i] << '\n';
    }

private:
    double max_;
    std::size_t bins_;
    unsigned long* counts_;
};
""",
)

bad(
    "cpp",
    None,
    "CWE-416",
    "loop.post([&msg]",
    r"""
#include <functional>
#include <string>
#include <utility>
#include <vector>

void write_audit_log(const std::string& line);

class EventLoop {
public:
    void post(std::function<void()> fn) { queue_.push_back(std::move(fn)); }
    void run_pending() {
        for (auto& fn : queue_) fn();
        queue_.clear();
    }
private:
    std::vector<std::function<void()>> queue_;
};

// Record the end of a request once the loop is idle.
void schedule_audit(EventLoop& loop, int request_id)
{
    std::string msg = "request " + std::to_string(request_id) + " finished";
    loop.post([&msg] { write_audit_log(msg); });
}
""",
)

# ---------------------------------------------------------------------------
# C++: safe look-alikes
# ---------------------------------------------------------------------------

good(
    "cpp",
    r"""
#include <algorithm>
#include <random>
#include <string>
#include <vector>

// Shuffle the practice-quiz questions so each attempt shows a new order.
// The order is not a secret, so a seeded Mersenne Twister is appropriate.
std::vector<std::string> shuffled_questions(std::vector<std::string> questions)
{
    std::random_device rd;
    std::mt19937 gen(rd());
    std::shuffle(questions.begin(), questions.end(), gen);
    return questions;
}
""",
)

good(
    "cpp",
    r"""
#include <cstdint>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#pragma pack(push, 1)
struct SnapshotHeader {
    char magic[4];
    std::uint32_t version;
    std::uint32_t count;
};
#pragma pack(pop)

// Write a snapshot of sensor readings: fixed header, then raw floats.
void save_snapshot(const std::string& path, const std::vector<float>& readings)
{
    SnapshotHeader hdr{{'S', 'N', 'A', 'P'}, 2, static_cast<std::uint32_t>(readings.size())};
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out)
        throw std::runtime_error("cannot open " + path);
    out.write(reinterpret_cast<const char*>(&hdr), sizeof(hdr));
    out.write(reinterpret_cast<const char*>(readings.data()),
              static_cast<std::streamsize>(readings.size() * sizeof(float)));
}
""",
)

good(
    "cpp",
    r"""
#include <iostream>
#include <sqlite3.h>
#include <string>

// Create the schema on first start; the SQL is a fixed string.
bool init_schema(sqlite3* db, const std::string& db_name)
{
    static const char* const kSchema =
        "CREATE TABLE IF NOT EXISTS todos ("
        "  id INTEGER PRIMARY KEY,"
        "  owner TEXT NOT NULL,"
        "  title TEXT NOT NULL,"
        "  done INTEGER NOT NULL DEFAULT 0);";
    char* err = nullptr;
    if (sqlite3_exec(db, kSchema, nullptr, nullptr, &err) != SQLITE_OK) {
        std::cerr << "schema setup for " + db_name + " failed: " << err << '\n';
        sqlite3_free(err);
        return false;
    }
    return true;
}
""",
)

# ---------------------------------------------------------------------------
# Assemble, validate, write
# ---------------------------------------------------------------------------


def validate(rows):
    """corpus.validate, and for this corpus: unique code, ids that name their language, 8-45
    lines, a flawed line that is not blank, twins in one language, half insecure per language."""
    corpus.validate(rows, LANGS)
    codes = [r["code"] for r in rows]
    assert len(codes) == len(set(codes)), "duplicate code"
    by_id = {r["id"]: r for r in rows}
    for r in rows:
        assert re.fullmatch(r"%s-(c|cpp)-\d{3}" % PREFIX, r["id"]), r["id"]
        assert r["id"].split("-")[1] == r["language"], r["id"]
        lines = r["code"].split("\n")
        nlines = len(r["code"].splitlines())
        assert 8 <= nlines <= 45, (r["id"], nlines)
        if r["label"] == "insecure":
            assert lines[r["line"] - 1].strip(), "blank vulnerable line " + r["id"]
        if r["pair"] is not None:
            other = by_id[r["pair"]]
            assert other["language"] == r["language"], "cross-language pair " + r["id"]
    # balance: half insecure per language
    for lang in LANGS:
        sub = [r for r in rows if r["language"] == lang]
        ins = sum(r["label"] == "insecure" for r in sub)
        assert 2 * ins == len(sub), (lang, ins, len(sub))


def main():
    rows = corpus.build(ROWS, LANGS, PREFIX)
    validate(rows)
    corpus.write(rows, __file__, "snippets_dev4.jsonl")


if __name__ == "__main__":
    main()
