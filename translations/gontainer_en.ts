<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppController</name>
    <message>
        <source>No container engine was running, so Gontainer started a Podman service for this session at %1. It stops when you quit Gontainer.</source>
        <translation>No container engine was running, so Gontainer started a Podman service for this session at %1. It stops when you quit Gontainer.</translation>
    </message>
    <message>
        <source>The Podman service Gontainer started has stopped (%1). Starting it again…</source>
        <translation>The Podman service Gontainer started has stopped (%1). Starting it again…</translation>
    </message>
    <message>
        <source>The Podman service is running again.</source>
        <translation>The Podman service is running again.</translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>the command line</translation>
    </message>
    <message>
        <source>node</source>
        <translation>node</translation>
    </message>
    <message>
        <source>The node %1 could not be added: %2</source>
        <translation>The node %1 could not be added: %2</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>%1 could not be removed.</source>
        <translation>%1 could not be removed.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
</context>
<context>
    <name>BuildContext</name>
    <message>
        <source>The build folder %1 does not exist.</source>
        <translation>The build folder %1 does not exist.</translation>
    </message>
    <message>
        <source>There is no %1 in %2.</source>
        <translation>There is no %1 in %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Packing the build folder was cancelled.</source>
        <translation>Packing the build folder was cancelled.</translation>
    </message>
    <message>
        <source>Cannot write the packed build folder: %1</source>
        <translation>Cannot write the packed build folder: %1</translation>
    </message>
    <message>
        <source>The build folder holds more than %1 MiB; leave large files out with a .dockerignore.</source>
        <translation>The build folder holds more than %1 MiB; leave large files out with a .dockerignore.</translation>
    </message>
</context>
<context>
    <name>BuildDialog</name>
    <message>
        <source>&amp;Node:</source>
        <translation>&amp;Node:</translation>
    </message>
    <message>
        <source>&amp;Context folder:</source>
        <translation>&amp;Context folder:</translation>
    </message>
    <message>
        <source>&amp;Dockerfile:</source>
        <translation>&amp;Dockerfile:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>Build a&amp;rguments:</source>
        <translation>Build a&amp;rguments:</translation>
    </message>
    <message>
        <source>T&amp;arget stage:</source>
        <translation>T&amp;arget stage:</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Build</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Build an Image</source>
        <translation>Build an Image</translation>
    </message>
    <message>
        <source>No node is connected</source>
        <translation>No node is connected</translation>
    </message>
    <message>
        <source>The folder sent to the engine</source>
        <translation>The folder sent to the engine</translation>
    </message>
    <message>
        <source>Choose &amp;Folder…</source>
        <translation>Choose &amp;Folder…</translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <source>The Dockerfile&apos;s path inside the context folder</source>
        <translation>The Dockerfile&apos;s path inside the context folder</translation>
    </message>
    <message>
        <source>Choose F&amp;ile…</source>
        <translation>Choose F&amp;ile…</translation>
    </message>
    <message>
        <source>There is no Dockerfile here yet: write one, for example

FROM busybox
COPY . /app
CMD [&quot;/app/run.sh&quot;]

It is saved into the context folder when you build.</source>
        <translation>There is no Dockerfile here yet: write one, for example

FROM busybox
COPY . /app
CMD [&quot;/app/run.sh&quot;]

It is saved into the context folder when you build.</translation>
    </message>
    <message>
        <source>myapp:1.0, registry.example:5000/team/myapp</source>
        <translation>myapp:1.0, registry.example:5000/team/myapp</translation>
    </message>
    <message>
        <source>Names for the image, separated by commas or spaces; leave it empty for an image without a name</source>
        <translation>Names for the image, separated by commas or spaces; leave it empty for an image without a name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>The last stage when empty</source>
        <translation>The last stage when empty</translation>
    </message>
    <message>
        <source>Do not use the cac&amp;he</source>
        <translation>Do not use the cac&amp;he</translation>
    </message>
    <message>
        <source>&amp;Pull newer base images</source>
        <translation>&amp;Pull newer base images</translation>
    </message>
    <message>
        <source>Build the image (Ctrl+Return)</source>
        <translation>Build the image (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Choose the Context Folder</source>
        <translation>Choose the Context Folder</translation>
    </message>
    <message>
        <source>Choose the context folder first: the Dockerfile is inside it.</source>
        <translation>Choose the context folder first: the Dockerfile is inside it.</translation>
    </message>
    <message>
        <source>Choose the Dockerfile</source>
        <translation>Choose the Dockerfile</translation>
    </message>
    <message>
        <source>%1 is outside the context folder: the engine only gets what is inside it. Choose a file inside %2, or another folder.</source>
        <translation>%1 is outside the context folder: the engine only gets what is inside it. Choose a file inside %2, or another folder.</translation>
    </message>
    <message>
        <source>Save the Dockerfile?</source>
        <translation>Save the Dockerfile?</translation>
    </message>
    <message>
        <source>The Dockerfile %1 has changes that are not saved. Save them before showing another file?</source>
        <translation>The Dockerfile %1 has changes that are not saved. Save them before showing another file?</translation>
    </message>
    <message>
        <source>Choose the folder whose files the image is built from.</source>
        <translation>Choose the folder whose files the image is built from.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 cannot be shown here (not readable, or larger than 1 MB); it is built as it is.</source>
        <translation>%1 cannot be shown here (not readable, or larger than 1 MB); it is built as it is.</translation>
    </message>
    <message>
        <source>%1 does not exist yet: write it above.</source>
        <translation>%1 does not exist yet: write it above.</translation>
    </message>
    <message>
        <source>New file: it is saved as %1 when you build (or press Ctrl+S).</source>
        <translation>New file: it is saved as %1 when you build (or press Ctrl+S).</translation>
    </message>
    <message>
        <source>Changed: saved to %1 when you build (or press Ctrl+S).</source>
        <translation>Changed: saved to %1 when you build (or press Ctrl+S).</translation>
    </message>
    <message>
        <source>Choose a context folder.</source>
        <translation>Choose a context folder.</translation>
    </message>
    <message>
        <source>The context folder %1 does not exist.</source>
        <translation>The context folder %1 does not exist.</translation>
    </message>
    <message>
        <source>The Dockerfile must be inside the context folder: give its path relative to the folder.</source>
        <translation>The Dockerfile must be inside the context folder: give its path relative to the folder.</translation>
    </message>
    <message>
        <source>The Dockerfile is empty: write at least a FROM line.</source>
        <translation>The Dockerfile is empty: write at least a FROM line.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image name: use lowercase letters, digits and . _ - in parts separated by /, and an optional :tag.</source>
        <translation>&quot;%1&quot; is not an image name: use lowercase letters, digits and . _ - in parts separated by /, and an optional :tag.</translation>
    </message>
    <message>
        <source>The build argument with the value &quot;%1&quot; has no name.</source>
        <translation>The build argument with the value &quot;%1&quot; has no name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a build argument name: no spaces and no =.</source>
        <translation>&quot;%1&quot; is not a build argument name: no spaces and no =.</translation>
    </message>
    <message>
        <source>The build argument %1 is given twice.</source>
        <translation>The build argument %1 is given twice.</translation>
    </message>
    <message>
        <source>A target stage&apos;s name has no spaces.</source>
        <translation>A target stage&apos;s name has no spaces.</translation>
    </message>
    <message>
        <source>No node is connected to build on.</source>
        <translation>No node is connected to build on.</translation>
    </message>
    <message>
        <source>The Dockerfile changed on disk</source>
        <translation>The Dockerfile changed on disk</translation>
    </message>
    <message>
        <source>%1 was changed by another program after it was opened here. Replace it with the text in the editor?</source>
        <translation>%1 was changed by another program after it was opened here. Replace it with the text in the editor?</translation>
    </message>
    <message>
        <source>Could not make the folder for %1.</source>
        <translation>Could not make the folder for %1.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Your text is still in the editor.</source>
        <translation>Could not save %1: %2. Your text is still in the editor.</translation>
    </message>
    <message>
        <source>Building on %1…</source>
        <translation>Building on %1…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Stop Build</source>
        <translation>&amp;Stop Build</translation>
    </message>
    <message>
        <source>Stop the build (Esc)</source>
        <translation>Stop the build (Esc)</translation>
    </message>
    <message>
        <source>&amp;Stop Following</source>
        <translation>&amp;Stop Following</translation>
    </message>
    <message>
        <source>%1 cannot interrupt a step once it has begun: the running step runs to its end on the node. This stops following the build (Esc).</source>
        <translation>%1 cannot interrupt a step once it has begun: the running step runs to its end on the node. This stops following the build (Esc).</translation>
    </message>
    <message>
        <source>Packing the context folder: %1 of %2</source>
        <translation>Packing the context folder: %1 of %2</translation>
    </message>
    <message>
        <source>Packing the context folder: %1</source>
        <translation>Packing the context folder: %1</translation>
    </message>
    <message>
        <source>Sending the context to %1: %2 of %3</source>
        <translation>Sending the context to %1: %2 of %3</translation>
    </message>
    <message>
        <source>Sending the context to %1: %2</source>
        <translation>Sending the context to %1: %2</translation>
    </message>
    <message>
        <source>The engine is reading the context…</source>
        <translation>The engine is reading the context…</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Step %1 of %2: %3</translation>
    </message>
    <message>
        <source>Failed at step %1 of %2: %3</source>
        <translation>Failed at step %1 of %2: %3</translation>
    </message>
    <message>
        <source>The build failed on %1: %2</source>
        <translation>The build failed on %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>All %n step(s) done</source>
        <translation>
            <numerusform>All %n step done</numerusform>
            <numerusform>All %n steps done</numerusform>
        </translation>
    </message>
    <message>
        <source>Built the image %1 on %2.</source>
        <translation>Built the image %1 on %2.</translation>
    </message>
    <message>
        <source>Built %1 (%2) on %3.</source>
        <translation>Built %1 (%2) on %3.</translation>
    </message>
    <message>
        <source>Stopped at step %1 of %2: %3</source>
        <translation>Stopped at step %1 of %2: %3</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>The build was stopped on %1; no image was made.</source>
        <translation>The build was stopped on %1; no image was made.</translation>
    </message>
    <message>
        <source>Left at step %1 of %2: %3</source>
        <translation>Left at step %1 of %2: %3</translation>
    </message>
    <message>
        <source>Stopped following the build. %1 cannot interrupt a step once it has begun: the running step runs to its end on the node before the build stops.</source>
        <translation>Stopped following the build. %1 cannot interrupt a step once it has begun: the running step runs to its end on the node before the build stops.</translation>
    </message>
    <message>
        <source>The Dockerfile %1 has changes that are not saved.</source>
        <translation>The Dockerfile %1 has changes that are not saved.</translation>
    </message>
</context>
<context>
    <name>CliCapabilities</name>
    <message>
        <source>The node %1 (%2) cannot %3.</source>
        <translation>The node %1 (%2) cannot %3.</translation>
    </message>
    <message>
        <source>pull images</source>
        <translation>pull images</translation>
    </message>
    <message>
        <source>push images</source>
        <translation>push images</translation>
    </message>
    <message>
        <source>check registry logins, since it pushes no images</source>
        <translation>check registry logins, since it pushes no images</translation>
    </message>
    <message>
        <source>build images: build on a Docker or Podman node, or with nerdctl build or BuildKit on that machine</source>
        <translation>build images: build on a Docker or Podman node, or with nerdctl build or BuildKit on that machine</translation>
    </message>
    <message>
        <source>give images other names</source>
        <translation>give images other names</translation>
    </message>
    <message>
        <source>show an image&apos;s layers with the commands that made them</source>
        <translation>show an image&apos;s layers with the commands that made them</translation>
    </message>
    <message>
        <source>search registries</source>
        <translation>search registries</translation>
    </message>
    <message>
        <source>run commands in containers</source>
        <translation>run commands in containers</translation>
    </message>
    <message>
        <source>list a container&apos;s processes</source>
        <translation>list a container&apos;s processes</translation>
    </message>
    <message>
        <source>rename containers</source>
        <translation>rename containers</translation>
    </message>
    <message>
        <source>make images from containers</source>
        <translation>make images from containers</translation>
    </message>
    <message>
        <source>show container logs: it keeps none</source>
        <translation>show container logs: it keeps none</translation>
    </message>
    <message>
        <source>show resource figures for containers</source>
        <translation>show resource figures for containers</translation>
    </message>
    <message>
        <source>tell what takes up its disk</source>
        <translation>tell what takes up its disk</translation>
    </message>
    <message>
        <source>remove unused containers or images at once: remove them one by one</source>
        <translation>remove unused containers or images at once: remove them one by one</translation>
    </message>
    <message>
        <source>keep volumes: it has none</source>
        <translation>keep volumes: it has none</translation>
    </message>
    <message>
        <source>keep networks: it has none, its containers use the host&apos;s network or none</source>
        <translation>keep networks: it has none, its containers use the host&apos;s network or none</translation>
    </message>
    <message>
        <source>run pods: pods need a node with Podman</source>
        <translation>run pods: pods need a node with Podman</translation>
    </message>
    <message>
        <source>generate or play kube YAML: kube YAML needs a node with Podman</source>
        <translation>generate or play kube YAML: kube YAML needs a node with Podman</translation>
    </message>
    <message>
        <source>publish ports: its containers use the host&apos;s network (--network host), where they listen on the host&apos;s own ports</source>
        <translation>publish ports: its containers use the host&apos;s network (--network host), where they listen on the host&apos;s own ports</translation>
    </message>
    <message>
        <source>join the network %1: it has no networks; use --network host or --network none</source>
        <translation>join the network %1: it has no networks; use --network host or --network none</translation>
    </message>
    <message>
        <source>run health checks (--%1): its containers have no health</source>
        <translation>run health checks (--%1): its containers have no health</translation>
    </message>
    <message>
        <source>be part of a swarm: swarms need a node with Docker Engine</source>
        <translation>be part of a swarm: swarms need a node with Docker Engine</translation>
    </message>
</context>
<context>
    <name>CliChecks</name>
    <message>
        <source>&quot;%1&quot; cannot name a volume: a name begins with a letter or digit and holds only letters, digits and _ . -</source>
        <translation>&quot;%1&quot; cannot name a volume: a name begins with a letter or digit and holds only letters, digits and _ . -</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a network: a name begins with a letter or digit and holds only letters, digits and _ . -</source>
        <translation>&quot;%1&quot; cannot name a network: a name begins with a letter or digit and holds only letters, digits and _ . -</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a pod: a name begins with a letter or digit and holds only letters, digits and _ . -</source>
        <translation>&quot;%1&quot; cannot name a pod: a name begins with a letter or digit and holds only letters, digits and _ . -</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a KEY=VALUE pair for --%2.</source>
        <translation>&quot;%1&quot; is not a KEY=VALUE pair for --%2.</translation>
    </message>
</context>
<context>
    <name>CliNodes</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation>LATENCY</translation>
    </message>
    <message>
        <source>ENGINE</source>
        <translation>ENGINE</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <source>There is already a node called %1: choose another name.</source>
        <translation>There is already a node called %1: choose another name.</translation>
    </message>
    <message>
        <source>There is no node called %1. gontainer-cli nodes lists them.</source>
        <translation>There is no node called %1. gontainer-cli nodes lists them.</translation>
    </message>
    <message>
        <source>The local node is already there.</source>
        <translation>The local node is already there.</translation>
    </message>
    <message>
        <source>No Docker context or Podman connection was found (looked in %1 and in podman&apos;s connections).</source>
        <translation>No Docker context or Podman connection was found (looked in %1 and in podman&apos;s connections).</translation>
    </message>
    <message>
        <source>Would add:</source>
        <translation>Would add:</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Added:</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>FROM</translation>
    </message>
    <message>
        <source>Skipped %1</source>
        <translation>Skipped %1</translation>
    </message>
    <message>
        <source>The node was not added: its key&apos;s passphrase could not be saved. %1</source>
        <translation>The node was not added: its key&apos;s passphrase could not be saved. %1</translation>
    </message>
    <message>
        <source>The node&apos;s passphrase stays in the keychain: %1</source>
        <translation>The node&apos;s passphrase stays in the keychain: %1</translation>
    </message>
    <message>
        <source>%1/%2: %3</source>
        <translation>%1/%2: %3</translation>
    </message>
    <message>
        <source>No container called %1.</source>
        <translation>No container called %1.</translation>
    </message>
    <message numerus="yes">
        <source>No container matched on the %n node(s) asked.</source>
        <translation>
            <numerusform>No container matched on the %n node asked.</numerusform>
            <numerusform>No container matched on the %n nodes asked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: the node list could not be saved to %1: %2. Free space or fix the folder&apos;s permissions, then try again.</source>
        <translation>Nothing was changed: the node list could not be saved to %1: %2. Free space or fix the folder&apos;s permissions, then try again.</translation>
    </message>
</context>
<context>
    <name>CliPrinter</name>
    <message>
        <source>CONTAINER ID</source>
        <translation>CONTAINER ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>IMAGE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>PORTS</source>
        <translation>PORTS</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>NODE</translation>
    </message>
</context>
<context>
    <name>CliPrune</name>
    <message>
        <source>Do it without asking for confirmation.</source>
        <translation>Do it without asking for confirmation.</translation>
    </message>
    <message>
        <source>Only what carries this label: label=KEY or label=KEY=VALUE (repeat for more; all must match).</source>
        <translation>Only what carries this label: label=KEY or label=KEY=VALUE (repeat for more; all must match).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a filter this prune takes: use label=KEY or label=KEY=VALUE.</source>
        <translation>&quot;%1&quot; is not a filter this prune takes: use label=KEY or label=KEY=VALUE.</translation>
    </message>
    <message>
        <source>Only those labelled %1.</source>
        <translation>Only those labelled %1.</translation>
    </message>
    <message>
        <source>There is no terminal to confirm it on: add --force to do it.</source>
        <translation>There is no terminal to confirm it on: add --force to do it.</translation>
    </message>
    <message>
        <source>Continue? [y/N] </source>
        <translation>Continue? [y/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>Nothing was removed.</translation>
    </message>
    <message>
        <source>Total reclaimed space: %1</source>
        <translation>Total reclaimed space: %1</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Usage: gontainer-cli [--node URL] [--identity FILE] [--json] VERB [OPTIONS] [ARGUMENTS]</source>
        <translation>Usage: gontainer-cli [--node URL] [--identity FILE] [--json] VERB [OPTIONS] [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>The SSH private key for an ssh:// node.</source>
        <translation>The SSH private key for an ssh:// node.</translation>
    </message>
    <message>
        <source>Print listings as JSON.</source>
        <translation>Print listings as JSON.</translation>
    </message>
    <message>
        <source>Show this help; VERB --help shows a verb&apos;s options.</source>
        <translation>Show this help; VERB --help shows a verb&apos;s options.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation>Verbs:</translation>
    </message>
    <message>
        <source>Unknown option %1. See gontainer-cli --help.</source>
        <translation>Unknown option %1. See gontainer-cli --help.</translation>
    </message>
    <message>
        <source>Unknown verb %1. See gontainer-cli --help.</source>
        <translation>Unknown verb %1. See gontainer-cli --help.</translation>
    </message>
    <message>
        <source>Show this verb&apos;s options.</source>
        <translation>Show this verb&apos;s options.</translation>
    </message>
    <message>
        <source>Print as JSON.</source>
        <translation>Print as JSON.</translation>
    </message>
    <message>
        <source>Unknown verb %1 %2. See gontainer-cli %1 --help.</source>
        <translation>Unknown verb %1 %2. See gontainer-cli %1 --help.</translation>
    </message>
    <message>
        <source>Talks to one Docker, Podman or containerd engine with Gontainer&apos;s core.</source>
        <translation>Talks to one Docker, Podman or containerd engine with Gontainer&apos;s core.</translation>
    </message>
    <message>
        <source>The engine: unix:///path.sock, tcp://HOST:PORT (TLS from DOCKER_TLS_VERIFY and DOCKER_CERT_PATH), ssh://USER@HOST[:PORT][/remote.sock]; containerd as containerd:///run/containerd/containerd.sock, containerd+ssh://USER@HOST/path.sock or containerd+tcp://HOST:PORT, each with ?namespace=NS for one namespace (all without). Default: DOCKER_HOST, then the local Docker, Podman or containerd socket.</source>
        <translation>The engine: unix:///path.sock, tcp://HOST:PORT (TLS from DOCKER_TLS_VERIFY and DOCKER_CERT_PATH), ssh://USER@HOST[:PORT][/remote.sock]; containerd as containerd:///run/containerd/containerd.sock, containerd+ssh://USER@HOST/path.sock or containerd+tcp://HOST:PORT, each with ?namespace=NS for one namespace (all without). Default: DOCKER_HOST, then the local Docker, Podman or containerd socket.</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>There is no node called %1. gontainer-cli nodes lists them; a URL such as unix:///run/podman/podman.sock names an engine directly.</source>
        <translation>There is no node called %1. gontainer-cli nodes lists them; a URL such as unix:///run/podman/podman.sock names an engine directly.</translation>
    </message>
    <message>
        <source>No engine answered at %1. Start Docker or Podman, or name one with --node URL.</source>
        <translation>No engine answered at %1. Start Docker or Podman, or name one with --node URL.</translation>
    </message>
    <message>
        <source>Missing arguments. See gontainer-cli %1 --help.</source>
        <translation>Missing arguments. See gontainer-cli %1 --help.</translation>
    </message>
</context>
<context>
    <name>CommandGroup</name>
    <message>
        <source>Manage volumes: create, inspect, rm, prune, ls</source>
        <translation>Manage volumes: create, inspect, rm, prune, ls</translation>
    </message>
    <message>
        <source>Manage networks: create, inspect, rm, prune, connect, disconnect, ls</source>
        <translation>Manage networks: create, inspect, rm, prune, connect, disconnect, ls</translation>
    </message>
    <message>
        <source>Manage pods (Podman): create, start, stop, restart, pause, unpause, kill, rm, inspect, stats, ls</source>
        <translation>Manage pods (Podman): create, start, stop, restart, pause, unpause, kill, rm, inspect, stats, ls</translation>
    </message>
    <message>
        <source>Kube YAML (Podman): generate, play</source>
        <translation>Kube YAML (Podman): generate, play</translation>
    </message>
    <message>
        <source>The node as a whole: prune</source>
        <translation>The node as a whole: prune</translation>
    </message>
    <message>
        <source>Usage: gontainer-cli %1 VERB [OPTIONS] [ARGUMENTS]</source>
        <translation>Usage: gontainer-cli %1 VERB [OPTIONS] [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation>Verbs:</translation>
    </message>
    <message>
        <source>gontainer-cli %1 VERB --help shows a verb&apos;s options.</source>
        <translation>gontainer-cli %1 VERB --help shows a verb&apos;s options.</translation>
    </message>
    <message>
        <source>A Docker swarm: info, nodes</source>
        <translation>A Docker swarm: info, nodes</translation>
    </message>
    <message>
        <source>A swarm&apos;s services: ls, ps, scale, update, rollback, rm</source>
        <translation>A swarm&apos;s services: ls, ps, scale, update, rollback, rm</translation>
    </message>
    <message>
        <source>A swarm&apos;s secrets: ls, create, rm</source>
        <translation>A swarm&apos;s secrets: ls, create, rm</translation>
    </message>
    <message>
        <source>A swarm&apos;s configs: ls, create, rm</source>
        <translation>A swarm&apos;s configs: ls, create, rm</translation>
    </message>
    <message>
        <source>A swarm&apos;s stacks: ls, rm</source>
        <translation>A swarm&apos;s stacks: ls, rm</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The single quote at character %1 is not closed.</source>
        <translation>The single quote at character %1 is not closed.</translation>
    </message>
    <message>
        <source>The double quote at character %1 is not closed.</source>
        <translation>The double quote at character %1 is not closed.</translation>
    </message>
</context>
<context>
    <name>CommitDialog</name>
    <message>
        <source>Commit %1 to an Image</source>
        <translation>Commit %1 to an Image</translation>
    </message>
    <message>
        <source>Saves the container&apos;s file system as a new image on its node.</source>
        <translation>Saves the container&apos;s file system as a new image on its node.</translation>
    </message>
    <message>
        <source>myapp or registry.example:5000/team/myapp</source>
        <translation>myapp or registry.example:5000/team/myapp</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Repository:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message:</translation>
    </message>
    <message>
        <source>Name &lt;email&gt;</source>
        <translation>Name &lt;email&gt;</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Author:</translation>
    </message>
    <message>
        <source>&amp;Pause the container while committing</source>
        <translation>&amp;Pause the container while committing</translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation>&amp;Commit</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a repository name: use lowercase letters, digits and . _ - in parts separated by /.</source>
        <translation>&quot;%1&quot; is not a repository name: use lowercase letters, digits and . _ - in parts separated by /.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tag: use letters, digits and . _ - (at most 128).</source>
        <translation>&quot;%1&quot; is not a tag: use letters, digits and . _ - (at most 128).</translation>
    </message>
    <message>
        <source>A tag needs a repository.</source>
        <translation>A tag needs a repository.</translation>
    </message>
</context>
<context>
    <name>ConnectNetworkDialog</name>
    <message>
        <source>Connect %1 to a Network</source>
        <translation>Connect %1 to a Network</translation>
    </message>
    <message>
        <source>Connect a Container to %1</source>
        <translation>Connect a Container to %1</translation>
    </message>
    <message>
        <source>Attaches %1 to one more network on %2.</source>
        <translation>Attaches %1 to one more network on %2.</translation>
    </message>
    <message>
        <source>Attaches a container on %1 to the network %2.</source>
        <translation>Attaches a container on %1 to the network %2.</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Network:</translation>
    </message>
    <message>
        <source>&amp;Container:</source>
        <translation>&amp;Container:</translation>
    </message>
    <message>
        <source>Optional: other names it is known by there, like db, cache</source>
        <translation>Optional: other names it is known by there, like db, cache</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>&amp;Aliases:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>%1 is on every network of its node already.</source>
        <translation>%1 is on every network of its node already.</translation>
    </message>
    <message>
        <source>Every container of the node is on %1 already.</source>
        <translation>Every container of the node is on %1 already.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a name: use letters, digits and _ . - after a letter or digit.</source>
        <translation>&quot;%1&quot; is not a name: use letters, digits and _ . - after a letter or digit.</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>this engine address cannot be used</source>
        <translation>this engine address cannot be used</translation>
    </message>
</context>
<context>
    <name>ContainerActionRunner</name>
    <message>
        <source>the node was removed</source>
        <translation>the node was removed</translation>
    </message>
    <message>
        <source>the connection failed after the request was sent, and whether the engine did it cannot be told (%1)</source>
        <translation>the connection failed after the request was sent, and whether the engine did it cannot be told (%1)</translation>
    </message>
</context>
<context>
    <name>ContainerActions</name>
    <message>
        <source>&amp;Container</source>
        <translation>&amp;Container</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Start the selected containers</source>
        <translation>Start the selected containers</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>Stop the selected containers</source>
        <translation>Stop the selected containers</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Restart</translation>
    </message>
    <message>
        <source>Restart the selected containers</source>
        <translation>Restart the selected containers</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause the selected running containers</source>
        <translation>Pause the selected running containers</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Res&amp;ume</translation>
    </message>
    <message>
        <source>Resume the selected paused containers</source>
        <translation>Resume the selected paused containers</translation>
    </message>
    <message>
        <source>&amp;Kill…</source>
        <translation>&amp;Kill…</translation>
    </message>
    <message>
        <source>Send a signal to the selected containers</source>
        <translation>Send a signal to the selected containers</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;name…</translation>
    </message>
    <message>
        <source>Give the selected container a new name</source>
        <translation>Give the selected container a new name</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;move…</translation>
    </message>
    <message>
        <source>Remove the selected containers</source>
        <translation>Remove the selected containers</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Show the selected container&apos;s details</source>
        <translation>Show the selected container&apos;s details</translation>
    </message>
    <message>
        <source>&amp;New Container…</source>
        <translation>&amp;New Container…</translation>
    </message>
    <message>
        <source>Create a container on a node</source>
        <translation>Create a container on a node</translation>
    </message>
    <message>
        <source>&amp;Commit to Image…</source>
        <translation>&amp;Commit to Image…</translation>
    </message>
    <message>
        <source>Save the selected container as a new image</source>
        <translation>Save the selected container as a new image</translation>
    </message>
    <message>
        <source>Open C&amp;onsole</source>
        <translation>Open C&amp;onsole</translation>
    </message>
    <message>
        <source>Run a shell in the selected running container, in a window</source>
        <translation>Run a shell in the selected running container, in a window</translation>
    </message>
    <message>
        <source>Open in &amp;Terminal</source>
        <translation>Open in &amp;Terminal</translation>
    </message>
    <message>
        <source>Run a shell in the selected running container in your terminal emulator</source>
        <translation>Run a shell in the selected running container in your terminal emulator</translation>
    </message>
    <message>
        <source>Show &amp;Logs</source>
        <translation>Show &amp;Logs</translation>
    </message>
    <message>
        <source>Show the selected containers&apos; logs in a window, merged by time when several</source>
        <translation>Show the selected containers&apos; logs in a window, merged by time when several</translation>
    </message>
    <message>
        <source>Kill containers</source>
        <translation>Kill containers</translation>
    </message>
    <message numerus="yes">
        <source>Send this signal to %n container(s):</source>
        <translation>
            <numerusform>Send this signal to %n container:</numerusform>
            <numerusform>Send this signal to %n containers:</numerusform>
        </translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>New name for %1:</translation>
    </message>
    <message>
        <source>Rename container</source>
        <translation>Rename container</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a container name: use letters, digits, and . _ - after the first letter or digit.</source>
        <translation>&quot;%1&quot; cannot be a container name: use letters, digits, and . _ - after the first letter or digit.</translation>
    </message>
    <message>
        <source>Remove containers</source>
        <translation>Remove containers</translation>
    </message>
    <message>
        <source>Remove the container %1?</source>
        <translation>Remove the container %1?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n container(s)?</source>
        <translation>
            <numerusform>Remove %n container?</numerusform>
            <numerusform>Remove %n containers?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>This cannot be undone.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them are running and will be stopped first.</source>
        <translation>
            <numerusform>%n of them is running and will be stopped first.</numerusform>
            <numerusform>%n of them are running and will be stopped first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Also remove their anonymous volumes</source>
        <translation>Also remove their anonymous volumes</translation>
    </message>
    <message>
        <source>%1 cannot be reached with the engine&apos;s own client from a terminal (Podman has no TLS connections). Use Open Console.</source>
        <translation>%1 cannot be reached with the engine&apos;s own client from a terminal (Podman has no TLS connections). Use Open Console.</translation>
    </message>
    <message>
        <source>No terminal emulator could be started. Set TERMINAL to yours, or run: %1</source>
        <translation>No terminal emulator could be started. Set TERMINAL to yours, or run: %1</translation>
    </message>
    <message>
        <source>Created %1 on %2.</source>
        <translation>Created %1 on %2.</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 on %2: %3</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Starting %1…</translation>
    </message>
    <message numerus="yes">
        <source>Starting %n container(s)…</source>
        <translation>
            <numerusform>Starting %n container…</numerusform>
            <numerusform>Starting %n containers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation>Stopping %1…</translation>
    </message>
    <message numerus="yes">
        <source>Stopping %n container(s)…</source>
        <translation>
            <numerusform>Stopping %n container…</numerusform>
            <numerusform>Stopping %n containers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Restarting %1…</source>
        <translation>Restarting %1…</translation>
    </message>
    <message numerus="yes">
        <source>Restarting %n container(s)…</source>
        <translation>
            <numerusform>Restarting %n container…</numerusform>
            <numerusform>Restarting %n containers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Pausing %1…</source>
        <translation>Pausing %1…</translation>
    </message>
    <message numerus="yes">
        <source>Pausing %n container(s)…</source>
        <translation>
            <numerusform>Pausing %n container…</numerusform>
            <numerusform>Pausing %n containers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Resuming %1…</source>
        <translation>Resuming %1…</translation>
    </message>
    <message numerus="yes">
        <source>Resuming %n container(s)…</source>
        <translation>
            <numerusform>Resuming %n container…</numerusform>
            <numerusform>Resuming %n containers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending the signal to %1…</source>
        <translation>Sending the signal to %1…</translation>
    </message>
    <message numerus="yes">
        <source>Sending the signal to %n container(s)…</source>
        <translation>
            <numerusform>Sending the signal to %n container…</numerusform>
            <numerusform>Sending the signal to %n containers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Renaming %1…</source>
        <translation>Renaming %1…</translation>
    </message>
    <message>
        <source>Committing %1 to an image…</source>
        <translation>Committing %1 to an image…</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>Removing %1…</translation>
    </message>
    <message numerus="yes">
        <source>Removing %n container(s)…</source>
        <translation>
            <numerusform>Removing %n container…</numerusform>
            <numerusform>Removing %n containers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Started %1.</source>
        <translation>Started %1.</translation>
    </message>
    <message numerus="yes">
        <source>Started %n container(s).</source>
        <translation>
            <numerusform>Started %n container.</numerusform>
            <numerusform>Started %n containers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped %1.</source>
        <translation>Stopped %1.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped %n container(s).</source>
        <translation>
            <numerusform>Stopped %n container.</numerusform>
            <numerusform>Stopped %n containers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restarted %1.</source>
        <translation>Restarted %1.</translation>
    </message>
    <message numerus="yes">
        <source>Restarted %n container(s).</source>
        <translation>
            <numerusform>Restarted %n container.</numerusform>
            <numerusform>Restarted %n containers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused %1.</source>
        <translation>Paused %1.</translation>
    </message>
    <message numerus="yes">
        <source>Paused %n container(s).</source>
        <translation>
            <numerusform>Paused %n container.</numerusform>
            <numerusform>Paused %n containers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resumed %1.</source>
        <translation>Resumed %1.</translation>
    </message>
    <message numerus="yes">
        <source>Resumed %n container(s).</source>
        <translation>
            <numerusform>Resumed %n container.</numerusform>
            <numerusform>Resumed %n containers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent the signal to %1.</source>
        <translation>Sent the signal to %1.</translation>
    </message>
    <message numerus="yes">
        <source>Sent the signal to %n container(s).</source>
        <translation>
            <numerusform>Sent the signal to %n container.</numerusform>
            <numerusform>Sent the signal to %n containers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Renamed %1.</source>
        <translation>Renamed %1.</translation>
    </message>
    <message>
        <source>Committed %1 to a new image.</source>
        <translation>Committed %1 to a new image.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Removed %1.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n container(s).</source>
        <translation>
            <numerusform>Removed %n container.</numerusform>
            <numerusform>Removed %n containers.</numerusform>
        </translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>stop</translation>
    </message>
    <message>
        <source>restart</source>
        <translation>restart</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>pause</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>resume</translation>
    </message>
    <message>
        <source>signal</source>
        <translation>signal</translation>
    </message>
    <message>
        <source>rename</source>
        <translation>rename</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>remove</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>commit</translation>
    </message>
    <message numerus="yes">
        <source>Could not %1 %2 of %n container(s):</source>
        <translation>
            <numerusform>Could not %1 %2 of %n container:</numerusform>
            <numerusform>Could not %1 %2 of %n containers:</numerusform>
        </translation>
    </message>
    <message>
        <source>It may have been removed meanwhile; the list updates by itself.</source>
        <translation>It may have been removed meanwhile; the list updates by itself.</translation>
    </message>
    <message>
        <source>Its state does not allow this now: wait for it to settle, or stop it first.</source>
        <translation>Its state does not allow this now: wait for it to settle, or stop it first.</translation>
    </message>
    <message>
        <source>The engine failed; its log on that node may say more.</source>
        <translation>The engine failed; its log on that node may say more.</translation>
    </message>
    <message>
        <source>Another container on that node has this name: choose another.</source>
        <translation>Another container on that node has this name: choose another.</translation>
    </message>
    <message>
        <source>Generate &amp;Kube YAML…</source>
        <translation>Generate &amp;Kube YAML…</translation>
    </message>
    <message>
        <source>Show the kube YAML of the selected containers (not in a pod), to save</source>
        <translation>Show the kube YAML of the selected containers (not in a pod), to save</translation>
    </message>
    <message>
        <source>Start Pro&amp;ject</source>
        <translation>Start Pro&amp;ject</translation>
    </message>
    <message>
        <source>Start every container of the project, on every node</source>
        <translation>Start every container of the project, on every node</translation>
    </message>
    <message>
        <source>Stop Projec&amp;t</source>
        <translation>Stop Projec&amp;t</translation>
    </message>
    <message>
        <source>Stop every container of the project, on every node</source>
        <translation>Stop every container of the project, on every node</translation>
    </message>
    <message>
        <source>Restart Project</source>
        <translation>Restart Project</translation>
    </message>
    <message>
        <source>Restart every container of the project, on every node</source>
        <translation>Restart every container of the project, on every node</translation>
    </message>
    <message>
        <source>Remove Project…</source>
        <translation>Remove Project…</translation>
    </message>
    <message>
        <source>Remove every container of the project, on every node</source>
        <translation>Remove every container of the project, on every node</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Remove project</source>
        <translation>Remove project</translation>
    </message>
    <message numerus="yes">
        <source>Remove the project %1 and its %n container(s)?</source>
        <translation>
            <numerusform>Remove the project %1 and its %n container?</numerusform>
            <numerusform>Remove the project %1 and its %n containers?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Docker manages this container: act on it from the Docker node</source>
        <translation>Docker manages this container: act on it from the Docker node</translation>
    </message>
    <message>
        <source>The engine of %1 cannot rename containers.</source>
        <translation>The engine of %1 cannot rename containers.</translation>
    </message>
    <message>
        <source>The engine of %1 cannot make an image from a container.</source>
        <translation>The engine of %1 cannot make an image from a container.</translation>
    </message>
    <message>
        <source>The engine of %1 keeps no container logs.</source>
        <translation>The engine of %1 keeps no container logs.</translation>
    </message>
    <message>
        <source>The engine of %1 cannot run commands in containers.</source>
        <translation>The engine of %1 cannot run commands in containers.</translation>
    </message>
    <message>
        <source>The engine of %1 cannot write kube YAML.</source>
        <translation>The engine of %1 cannot write kube YAML.</translation>
    </message>
</context>
<context>
    <name>ContainerCommands</name>
    <message>
        <source>Seconds to wait before killing (default: the container&apos;s own).</source>
        <translation>Seconds to wait before killing (default: the container&apos;s own).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>This connection cannot pass on the end of input (TLS); end the command another way, for example with a terminal and Ctrl+D.</source>
        <translation>This connection cannot pass on the end of input (TLS); end the command another way, for example with a terminal and Ctrl+D.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the path in the container must be absolute (start with /).</source>
        <translation>&quot;%1&quot;: the path in the container must be absolute (start with /).</translation>
    </message>
    <message>
        <source>--health-retries takes a whole number.</source>
        <translation>--health-retries takes a whole number.</translation>
    </message>
    <message>
        <source>--stop-timeout takes a whole number of seconds.</source>
        <translation>--stop-timeout takes a whole number of seconds.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>List containers</source>
        <translation>List containers</translation>
    </message>
    <message>
        <source>Show all containers, not only running ones.</source>
        <translation>Show all containers, not only running ones.</translation>
    </message>
    <message>
        <source>Every node the app shows, with a node column, instead of one.</source>
        <translation>Every node the app shows, with a node column, instead of one.</translation>
    </message>
    <message>
        <source>Show containers&apos; full details as JSON</source>
        <translation>Show containers&apos; full details as JSON</translation>
    </message>
    <message>
        <source>Create a container</source>
        <translation>Create a container</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <source>Name the container.</source>
        <translation>Name the container.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Set an environment variable.</source>
        <translation>Set an environment variable.</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAME=VALUE</translation>
    </message>
    <message>
        <source>Set a label.</source>
        <translation>Set a label.</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>Publish a port.</source>
        <translation>Publish a port.</translation>
    </message>
    <message>
        <source>[IP:][HOST:]CONTAINER[/PROTO]</source>
        <translation>[IP:][HOST:]CONTAINER[/PROTO]</translation>
    </message>
    <message>
        <source>Mount a host path or a named volume.</source>
        <translation>Mount a host path or a named volume.</translation>
    </message>
    <message>
        <source>SOURCE:TARGET[:ro]</source>
        <translation>SOURCE:TARGET[:ro]</translation>
    </message>
    <message>
        <source>Mount a tmpfs.</source>
        <translation>Mount a tmpfs.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Restart policy.</source>
        <translation>Restart policy.</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>POLICY</translation>
    </message>
    <message>
        <source>Number of CPUs.</source>
        <translation>Number of CPUs.</translation>
    </message>
    <message>
        <source>Memory limit (e.g. 512m).</source>
        <translation>Memory limit (e.g. 512m).</translation>
    </message>
    <message>
        <source>Command that checks health (run by a shell).</source>
        <translation>Command that checks health (run by a shell).</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>Time between health checks.</source>
        <translation>Time between health checks.</translation>
    </message>
    <message>
        <source>Time a health check may take.</source>
        <translation>Time a health check may take.</translation>
    </message>
    <message>
        <source>Failures before unhealthy.</source>
        <translation>Failures before unhealthy.</translation>
    </message>
    <message>
        <source>Grace period after start.</source>
        <translation>Grace period after start.</translation>
    </message>
    <message>
        <source>Turn off the image&apos;s health check.</source>
        <translation>Turn off the image&apos;s health check.</translation>
    </message>
    <message>
        <source>User to run as.</source>
        <translation>User to run as.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>Working directory.</source>
        <translation>Working directory.</translation>
    </message>
    <message>
        <source>Replace the image&apos;s entrypoint.</source>
        <translation>Replace the image&apos;s entrypoint.</translation>
    </message>
    <message>
        <source>Run an init process that reaps zombies.</source>
        <translation>Run an init process that reaps zombies.</translation>
    </message>
    <message>
        <source>Give the container full privileges.</source>
        <translation>Give the container full privileges.</translation>
    </message>
    <message>
        <source>Add a Linux capability.</source>
        <translation>Add a Linux capability.</translation>
    </message>
    <message>
        <source>CAP</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Drop a Linux capability.</source>
        <translation>Drop a Linux capability.</translation>
    </message>
    <message>
        <source>Mount the root filesystem read-only.</source>
        <translation>Mount the root filesystem read-only.</translation>
    </message>
    <message>
        <source>Remove the container when it exits.</source>
        <translation>Remove the container when it exits.</translation>
    </message>
    <message>
        <source>Give the container a terminal.</source>
        <translation>Give the container a terminal.</translation>
    </message>
    <message>
        <source>Keep standard input open.</source>
        <translation>Keep standard input open.</translation>
    </message>
    <message>
        <source>Signal that stops the container.</source>
        <translation>Signal that stops the container.</translation>
    </message>
    <message>
        <source>SIGNAL</source>
        <translation>SIGNAL</translation>
    </message>
    <message>
        <source>Seconds to wait before killing on stop.</source>
        <translation>Seconds to wait before killing on stop.</translation>
    </message>
    <message>
        <source>Network mode or name.</source>
        <translation>Network mode or name.</translation>
    </message>
    <message>
        <source>NETWORK</source>
        <translation>NETWORK</translation>
    </message>
    <message>
        <source>Podman: the pod to join.</source>
        <translation>Podman: the pod to join.</translation>
    </message>
    <message>
        <source>POD</source>
        <translation>POD</translation>
    </message>
    <message>
        <source>Podman: stop the container after this long.</source>
        <translation>Podman: stop the container after this long.</translation>
    </message>
    <message>
        <source>Create and start a container</source>
        <translation>Create and start a container</translation>
    </message>
    <message>
        <source>Start it and print its id instead of following its output.</source>
        <translation>Start it and print its id instead of following its output.</translation>
    </message>
    <message>
        <source>Start containers</source>
        <translation>Start containers</translation>
    </message>
    <message>
        <source>Stop containers</source>
        <translation>Stop containers</translation>
    </message>
    <message>
        <source>Restart containers</source>
        <translation>Restart containers</translation>
    </message>
    <message>
        <source>Send a signal to containers</source>
        <translation>Send a signal to containers</translation>
    </message>
    <message>
        <source>The signal to send (default SIGKILL).</source>
        <translation>The signal to send (default SIGKILL).</translation>
    </message>
    <message>
        <source>Pause containers</source>
        <translation>Pause containers</translation>
    </message>
    <message>
        <source>Unpause containers</source>
        <translation>Unpause containers</translation>
    </message>
    <message>
        <source>Remove containers</source>
        <translation>Remove containers</translation>
    </message>
    <message>
        <source>Remove running containers too (they are killed).</source>
        <translation>Remove running containers too (they are killed).</translation>
    </message>
    <message>
        <source>Remove the containers&apos; anonymous volumes too.</source>
        <translation>Remove the containers&apos; anonymous volumes too.</translation>
    </message>
    <message>
        <source>Rename a container</source>
        <translation>Rename a container</translation>
    </message>
    <message>
        <source>Wait until a container stops; print its exit code</source>
        <translation>Wait until a container stops; print its exit code</translation>
    </message>
    <message>
        <source>Show a container&apos;s processes</source>
        <translation>Show a container&apos;s processes</translation>
    </message>
    <message>
        <source>Make an image from a container</source>
        <translation>Make an image from a container</translation>
    </message>
    <message>
        <source>Commit message.</source>
        <translation>Commit message.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Author.</source>
        <translation>Author.</translation>
    </message>
    <message>
        <source>Do not pause the container while committing.</source>
        <translation>Do not pause the container while committing.</translation>
    </message>
    <message>
        <source>Remove all stopped containers</source>
        <translation>Remove all stopped containers</translation>
    </message>
    <message>
        <source>Do it: without this, prune only says what it would do.</source>
        <translation>Do it: without this, prune only says what it would do.</translation>
    </message>
    <message>
        <source>This removes every stopped container on %1. Run again with --force to do it.</source>
        <translation>This removes every stopped container on %1. Run again with --force to do it.</translation>
    </message>
    <message>
        <source>Reclaimed %1 bytes.</source>
        <translation>Reclaimed %1 bytes.</translation>
    </message>
    <message>
        <source>Run a command in a running container</source>
        <translation>Run a command in a running container</translation>
    </message>
    <message>
        <source>Send standard input to the command.</source>
        <translation>Send standard input to the command.</translation>
    </message>
    <message>
        <source>Give the command a terminal.</source>
        <translation>Give the command a terminal.</translation>
    </message>
    <message>
        <source>Give the command full privileges.</source>
        <translation>Give the command full privileges.</translation>
    </message>
</context>
<context>
    <name>ContainerDetailsView</name>
    <message>
        <source>Close the details (Esc)</source>
        <translation>Close the details (Esc)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspect</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Run check now</source>
        <translation>Run check now</translation>
    </message>
    <message>
        <source>Run the container&apos;s health check at once (Podman)</source>
        <translation>Run the container&apos;s health check at once (Podman)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Check output</source>
        <translation>Check output</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <source>Reading the container…</source>
        <translation>Reading the container…</translation>
    </message>
    <message>
        <source>(exit code %1)</source>
        <translation>(exit code %1)</translation>
    </message>
    <message>
        <source>— killed for lack of memory</source>
        <translation>— killed for lack of memory</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation>Entrypoint</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Restarts</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>read-only</translation>
    </message>
    <message>
        <source>Mounts</source>
        <translation>Mounts</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Always</translation>
    </message>
    <message>
        <source>Unless stopped</source>
        <translation>Unless stopped</translation>
    </message>
    <message numerus="yes">
        <source>On failure, at most %n time(s)</source>
        <translation>
            <numerusform>On failure, at most once</numerusform>
            <numerusform>On failure, at most %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>On failure</source>
        <translation>On failure</translation>
    </message>
    <message>
        <source>Restart policy</source>
        <translation>Restart policy</translation>
    </message>
    <message>
        <source>%1 CPUs</source>
        <translation>%1 CPUs</translation>
    </message>
    <message>
        <source>%1 memory</source>
        <translation>%1 memory</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limits</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Working directory</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Networks</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>privileged</source>
        <translation>privileged</translation>
    </message>
    <message>
        <source>read-only root</source>
        <translation>read-only root</translation>
    </message>
    <message>
        <source>init process</source>
        <translation>init process</translation>
    </message>
    <message>
        <source>removed when it exits</source>
        <translation>removed when it exits</translation>
    </message>
    <message>
        <source>terminal</source>
        <translation>terminal</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>added: %1</translation>
    </message>
    <message>
        <source>dropped: %1</source>
        <translation>dropped: %1</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capabilities</translation>
    </message>
    <message>
        <source>This container has no health check.</source>
        <translation>This container has no health check.</translation>
    </message>
    <message>
        <source>Now: %1. Failing checks in a row: %2.</source>
        <translation>Now: %1. Failing checks in a row: %2.</translation>
    </message>
    <message>
        <source>Changes seen</source>
        <translation>Changes seen</translation>
    </message>
    <message>
        <source>no check</source>
        <translation>no check</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>None since Gontainer started</source>
        <translation>None since Gontainer started</translation>
    </message>
    <message>
        <source>Last checks</source>
        <translation>Last checks</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>failed (exit code %1)</source>
        <translation>failed (exit code %1)</translation>
    </message>
    <message>
        <source>Running the health check…</source>
        <translation>Running the health check…</translation>
    </message>
    <message>
        <source>Stats</source>
        <translation>Stats</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>&amp;Connect to a Network…</source>
        <translation>&amp;Connect to a Network…</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Disconnect</translation>
    </message>
    <message>
        <source>Detach the container from the chosen network</source>
        <translation>Detach the container from the chosen network</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Could not connect %1 to %2: %3</source>
        <translation>Could not connect %1 to %2: %3</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connected to %1.</translation>
    </message>
    <message>
        <source>Disconnecting from %1…</source>
        <translation>Disconnecting from %1…</translation>
    </message>
    <message>
        <source>Could not disconnect %1 from %2: %3</source>
        <translation>Could not disconnect %1 from %2: %3</translation>
    </message>
    <message>
        <source>Disconnected from %1.</source>
        <translation>Disconnected from %1.</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Managed by</source>
        <translation>Managed by</translation>
    </message>
    <message>
        <source>Docker manages this container: act on it from the Docker node</source>
        <translation>Docker manages this container: act on it from the Docker node</translation>
    </message>
    <message>
        <source>The engine of %1 gives no resource figures for containers.</source>
        <translation>The engine of %1 gives no resource figures for containers.</translation>
    </message>
    <message>
        <source>The engine of %1 keeps no container logs.</source>
        <translation>The engine of %1 keeps no container logs.</translation>
    </message>
    <message>
        <source>The engine of %1 has no networks: its containers use the host&apos;s network or none.</source>
        <translation>The engine of %1 has no networks: its containers use the host&apos;s network or none.</translation>
    </message>
    <message>
        <source>The engine of %1 runs no health checks: its containers have no health.</source>
        <translation>The engine of %1 runs no health checks: its containers have no health.</translation>
    </message>
</context>
<context>
    <name>ContainerGroupProxy</name>
    <message>
        <source>No project</source>
        <translation>No project</translation>
    </message>
    <message numerus="yes">
        <source>Containers without a compose project: %n on %1</source>
        <translation>
            <numerusform>Containers without a compose project: %n on %1</numerusform>
            <numerusform>Containers without a compose project: %n on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compose project %1: %n container(s) on %2</source>
        <translation>
            <numerusform>Compose project %1: %n container on %2</numerusform>
            <numerusform>Compose project %1: %n containers on %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 running</source>
        <translation>%1 of %2 running</translation>
    </message>
    <message numerus="yes">
        <source>%n unhealthy</source>
        <translation>
            <numerusform>%n unhealthy</numerusform>
            <numerusform>%n unhealthy</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContainerTableModel</name>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>Restarting</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>Removing</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Exited</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Dead</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>less than a minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Up %1</source>
        <translation>Up %1</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Paused, up %1</source>
        <translation>Paused, up %1</translation>
    </message>
    <message>
        <source>Exited (%1)</source>
        <translation>Exited (%1)</translation>
    </message>
    <message>
        <source>Restarting (%1)</source>
        <translation>Restarting (%1)</translation>
    </message>
    <message>
        <source>Removal in progress</source>
        <translation>Removal in progress</translation>
    </message>
    <message>
        <source>(healthy)</source>
        <translation>(healthy)</translation>
    </message>
    <message>
        <source>(unhealthy)</source>
        <translation>(unhealthy)</translation>
    </message>
    <message>
        <source>(health: starting)</source>
        <translation>(health: starting)</translation>
    </message>
    <message>
        <source>%1
ID %2</source>
        <translation>%1
ID %2</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 ago</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message>
        <source>Exited (%1) %2</source>
        <translation>Exited (%1) %2</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Healthy</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Unhealthy</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Starting</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memory</translation>
    </message>
    <message>
        <source>Namespace %1</source>
        <translation>Namespace %1</translation>
    </message>
    <message>
        <source>Docker manages this container: act on it from the Docker node</source>
        <translation>Docker manages this container: act on it from the Docker node</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>(Docker)</source>
        <translation>(Docker)</translation>
    </message>
</context>
<context>
    <name>ContainerTileDelegate</name>
    <message>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <source>%1 of %2 running</source>
        <translation>%1 of %2 running</translation>
    </message>
    <message numerus="yes">
        <source>%n unhealthy</source>
        <translation>
            <numerusform>%n unhealthy</numerusform>
            <numerusform>%n unhealthy</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContainerdContainers</name>
    <message>
        <source>this kind of containerd address is not supported</source>
        <translation>this kind of containerd address is not supported</translation>
    </message>
    <message>
        <source>containerd&apos;s containers are not listed by %1: use a label or an image instead</source>
        <translation>containerd&apos;s containers are not listed by %1: use a label or an image instead</translation>
    </message>
    <message>
        <source>containerd does not keep past events: follow them from now, without --since</source>
        <translation>containerd does not keep past events: follow them from now, without --since</translation>
    </message>
    <message>
        <source>containerd&apos;s events do not carry labels: filter by container or event instead</source>
        <translation>containerd&apos;s events do not carry labels: filter by container or event instead</translation>
    </message>
    <message>
        <source>Compose project</source>
        <translation>Compose project</translation>
    </message>
    <message>
        <source>Compose service</source>
        <translation>Compose service</translation>
    </message>
    <message>
        <source>Kubernetes namespace</source>
        <translation>Kubernetes namespace</translation>
    </message>
    <message>
        <source>Kubernetes pod</source>
        <translation>Kubernetes pod</translation>
    </message>
    <message>
        <source>Kubernetes container</source>
        <translation>Kubernetes container</translation>
    </message>
</context>
<context>
    <name>ContainerdContent</name>
    <message>
        <source>the blob %1 is larger than %2 bytes</source>
        <translation>the blob %1 is larger than %2 bytes</translation>
    </message>
    <message>
        <source>namespace %1 has no image %2</source>
        <translation>namespace %1 has no image %2</translation>
    </message>
    <message>
        <source>the image has no manifest for %1/%2</source>
        <translation>the image has no manifest for %1/%2</translation>
    </message>
    <message>
        <source>indexes nested too deep</source>
        <translation>indexes nested too deep</translation>
    </message>
    <message>
        <source>%1 is neither an image index nor a manifest</source>
        <translation>%1 is neither an image index nor a manifest</translation>
    </message>
</context>
<context>
    <name>ContainerdCreate</name>
    <message>
        <source>this kind of containerd address is not supported</source>
        <translation>this kind of containerd address is not supported</translation>
    </message>
    <message>
        <source>This node shows namespace %1 only: a container made in %2 would not be seen here.</source>
        <translation>This node shows namespace %1 only: a container made in %2 would not be seen here.</translation>
    </message>
    <message>
        <source>Docker manages the containers of namespace %1: create them with Docker.</source>
        <translation>Docker manages the containers of namespace %1: create them with Docker.</translation>
    </message>
    <message>
        <source>Choose the image to create the container from.</source>
        <translation>Choose the image to create the container from.</translation>
    </message>
    <message>
        <source>container %1 in namespace %2 is named %3</source>
        <translation>container %1 in namespace %2 is named %3</translation>
    </message>
    <message>
        <source>namespace %1 has no image %2 for this machine; pull it there with nerdctl pull or ctr images pull</source>
        <translation>namespace %1 has no image %2 for this machine; pull it there with nerdctl pull or ctr images pull</translation>
    </message>
    <message>
        <source>image %1 is not unpacked for the overlayfs snapshotter in namespace %2; run ctr images unpack or nerdctl pull on the machine (%3)</source>
        <translation>image %1 is not unpacked for the overlayfs snapshotter in namespace %2; run ctr images unpack or nerdctl pull on the machine (%3)</translation>
    </message>
    <message>
        <source>Cannot read the users of image %1 from its layer %2: %3</source>
        <translation>Cannot read the users of image %1 from its layer %2: %3</translation>
    </message>
    <message>
        <source>Image %1 is in namespace %2, and the container is made in namespace %3: a container can be made from an image of its own namespace only.</source>
        <translation>Image %1 is in namespace %2, and the container is made in namespace %3: a container can be made from an image of its own namespace only.</translation>
    </message>
    <message>
        <source>The short id %1 fits %2 images of namespace %3 (%4): give more of the id, or the image&apos;s name.</source>
        <translation>The short id %1 fits %2 images of namespace %3 (%4): give more of the id, or the image&apos;s name.</translation>
    </message>
    <message>
        <source>Namespace %1 has no image with the id %2.</source>
        <translation>Namespace %1 has no image with the id %2.</translation>
    </message>
    <message>
        <source>Namespace %1 has no image with the id or name %2.</source>
        <translation>Namespace %1 has no image with the id or name %2.</translation>
    </message>
</context>
<context>
    <name>ContainerdEngine</name>
    <message>
        <source>containerd has no volumes: mount a folder of the machine into the container instead</source>
        <translation>containerd has no volumes: mount a folder of the machine into the container instead</translation>
    </message>
    <message>
        <source>containerd has no networks of its own: its containers use the machine&apos;s network or none</source>
        <translation>containerd has no networks of its own: its containers use the machine&apos;s network or none</translation>
    </message>
    <message>
        <source>Gontainer does not run commands in containerd&apos;s containers yet: use nerdctl exec or ctr task exec on the machine</source>
        <translation>Gontainer does not run commands in containerd&apos;s containers yet: use nerdctl exec or ctr task exec on the machine</translation>
    </message>
    <message>
        <source>Gontainer does not do this on containerd nodes yet</source>
        <translation>Gontainer does not do this on containerd nodes yet</translation>
    </message>
    <message>
        <source>this kind of containerd address is not supported</source>
        <translation>this kind of containerd address is not supported</translation>
    </message>
    <message>
        <source>containerd does not search registries</source>
        <translation>containerd does not search registries</translation>
    </message>
    <message>
        <source>containerd does not log in to registries</source>
        <translation>containerd does not log in to registries</translation>
    </message>
    <message>
        <source>Gontainer does not make images from containerd&apos;s containers: use nerdctl commit on the machine</source>
        <translation>Gontainer does not make images from containerd&apos;s containers: use nerdctl commit on the machine</translation>
    </message>
    <message>
        <source>Gontainer does not push images from containerd: use nerdctl push on the machine</source>
        <translation>Gontainer does not push images from containerd: use nerdctl push on the machine</translation>
    </message>
    <message>
        <source>containerd does not build images: build them with nerdctl build (BuildKit)</source>
        <translation>containerd does not build images: build them with nerdctl build (BuildKit)</translation>
    </message>
</context>
<context>
    <name>ContainerdEventStream</name>
    <message>
        <source>this kind of containerd address is not supported</source>
        <translation>this kind of containerd address is not supported</translation>
    </message>
    <message>
        <source>the engine ended the event stream</source>
        <translation>the engine ended the event stream</translation>
    </message>
</context>
<context>
    <name>ContainerdImages</name>
    <message>
        <source>containerd %1 cannot pull for Gontainer: pulling goes through its Transfer service, which containerd has from version 1.7. Pull on the machine with nerdctl pull or ctr images pull (with --namespace), and the image appears here.</source>
        <translation>containerd %1 cannot pull for Gontainer: pulling goes through its Transfer service, which containerd has from version 1.7. Pull on the machine with nerdctl pull or ctr images pull (with --namespace), and the image appears here.</translation>
    </message>
    <message>
        <source>No such image: %1</source>
        <translation>No such image: %1</translation>
    </message>
    <message>
        <source>%1 is in the namespaces %2: say which, as NAMESPACE/%1</source>
        <translation>%1 is in the namespaces %2: say which, as NAMESPACE/%1</translation>
    </message>
    <message>
        <source>An image is named in its own namespace (%1), not in %2</source>
        <translation>An image is named in its own namespace (%1), not in %2</translation>
    </message>
    <message>
        <source>conflict: unable to delete %1 (must be forced) - image is referenced in multiple repositories</source>
        <translation>conflict: unable to delete %1 (must be forced) - image is referenced in multiple repositories</translation>
    </message>
    <message>
        <source>conflict: unable to remove %1 - image is being used by containers %2 in namespace %3</source>
        <translation>conflict: unable to remove %1 - image is being used by containers %2 in namespace %3</translation>
    </message>
    <message>
        <source>Gontainer cannot pull into this containerd: pulling goes through containerd&apos;s Transfer service (1.7 and later), which it does not have. Pull on the machine with nerdctl pull or ctr images pull (with --namespace), and the image appears here.</source>
        <translation>Gontainer cannot pull into this containerd: pulling goes through containerd&apos;s Transfer service (1.7 and later), which it does not have. Pull on the machine with nerdctl pull or ctr images pull (with --namespace), and the image appears here.</translation>
    </message>
    <message>
        <source>containerd %1 cannot pull for Gontainer: its Transfer service (the io.containerd.transfer.v1 plugin) is not loaded. Pull on the machine with nerdctl pull or ctr images pull (with --namespace), and the image appears here.</source>
        <translation>containerd %1 cannot pull for Gontainer: its Transfer service (the io.containerd.transfer.v1 plugin) is not loaded. Pull on the machine with nerdctl pull or ctr images pull (with --namespace), and the image appears here.</translation>
    </message>
</context>
<context>
    <name>ContainerdLogStream</name>
    <message>
        <source>cannot read the log file %1: %2</source>
        <translation>cannot read the log file %1: %2</translation>
    </message>
</context>
<context>
    <name>ContainerdNode</name>
    <message>
        <source>containerd did not list its namespaces: %1</source>
        <translation>containerd did not list its namespaces: %1</translation>
    </message>
    <message>
        <source>The snapshotter %1, which ctr and nerdctl use unless told otherwise, does not work here: %2</source>
        <translation>The snapshotter %1, which ctr and nerdctl use unless told otherwise, does not work here: %2</translation>
    </message>
    <message>
        <source>containerd does not have it</source>
        <translation>containerd does not have it</translation>
    </message>
    <message>
        <source>containerd did not list its plugins: %1</source>
        <translation>containerd did not list its plugins: %1</translation>
    </message>
    <message>
        <source>not given by containerd (Gontainer reads them only for a containerd on this machine)</source>
        <translation>not given by containerd (Gontainer reads them only for a containerd on this machine)</translation>
    </message>
    <message>
        <source>this kind of containerd address is not supported</source>
        <translation>this kind of containerd address is not supported</translation>
    </message>
</context>
<context>
    <name>ContainerdPasswd</name>
    <message>
        <source>&quot;%1&quot; is not a user: give USER or USER:GROUP, by name or number.</source>
        <translation>&quot;%1&quot; is not a user: give USER or USER:GROUP, by name or number.</translation>
    </message>
    <message>
        <source>Image %1 has no /etc/passwd, so user &quot;%2&quot; cannot be looked up by name: give the user as a number (UID or UID:GID).</source>
        <translation>Image %1 has no /etc/passwd, so user &quot;%2&quot; cannot be looked up by name: give the user as a number (UID or UID:GID).</translation>
    </message>
    <message>
        <source>Image %1 has no user &quot;%2&quot; in its /etc/passwd.</source>
        <translation>Image %1 has no user &quot;%2&quot; in its /etc/passwd.</translation>
    </message>
    <message>
        <source>Image %1 has no /etc/group, so group &quot;%2&quot; cannot be looked up by name: give the group as a number (USER:GID).</source>
        <translation>Image %1 has no /etc/group, so group &quot;%2&quot; cannot be looked up by name: give the group as a number (USER:GID).</translation>
    </message>
    <message>
        <source>Image %1 has no group &quot;%2&quot; in its /etc/group.</source>
        <translation>Image %1 has no group &quot;%2&quot; in its /etc/group.</translation>
    </message>
</context>
<context>
    <name>ContainerdPasswd::Layer</name>
    <message>
        <source>the gzip decompressor could not start</source>
        <translation>the gzip decompressor could not start</translation>
    </message>
    <message>
        <source>the layer is compressed with zstd, which Gontainer does not read</source>
        <translation>the layer is compressed with zstd, which Gontainer does not read</translation>
    </message>
    <message>
        <source>the layer is not a valid gzip stream (%1)</source>
        <translation>the layer is not a valid gzip stream (%1)</translation>
    </message>
    <message>
        <source>the layer is not a valid gzip stream</source>
        <translation>the layer is not a valid gzip stream</translation>
    </message>
    <message>
        <source>the layer ended in the middle</source>
        <translation>the layer ended in the middle</translation>
    </message>
    <message>
        <source>a file in /etc is larger than %1 bytes</source>
        <translation>a file in /etc is larger than %1 bytes</translation>
    </message>
    <message>
        <source>the layer is not a tar archive</source>
        <translation>the layer is not a tar archive</translation>
    </message>
    <message>
        <source>/%1 is a link in the image, which Gontainer does not follow</source>
        <translation>/%1 is a link in the image, which Gontainer does not follow</translation>
    </message>
</context>
<context>
    <name>ContainerdPull</name>
    <message>
        <source>Pulled %1</source>
        <translation>Pulled %1</translation>
    </message>
    <message numerus="yes">
        <source>the pull of %1 was stopped: it made no progress for %n minute(s) (no download moved)</source>
        <translation>
            <numerusform>the pull of %1 was stopped: it made no progress for %n minute (no download moved)</numerusform>
            <numerusform>the pull of %1 was stopped: it made no progress for %n minutes (no download moved)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the pull of %1 was stopped: it made no progress for %n second(s) (no download moved)</source>
        <translation>
            <numerusform>the pull of %1 was stopped: it made no progress for %n second (no download moved)</numerusform>
            <numerusform>the pull of %1 was stopped: it made no progress for %n seconds (no download moved)</numerusform>
        </translation>
    </message>
    <message>
        <source>no image name was given</source>
        <translation>no image name was given</translation>
    </message>
    <message>
        <source>the registry of %1 speaks plain HTTP, and containerd 1.7&apos;s Transfer service reaches registries only over HTTPS (it has no setting for plain-HTTP registries before containerd 2.0). Pull it on the machine with ctr images pull --plain-http (with --namespace), or serve the registry over HTTPS. containerd said: %2</source>
        <translation>the registry of %1 speaks plain HTTP, and containerd 1.7&apos;s Transfer service reaches registries only over HTTPS (it has no setting for plain-HTTP registries before containerd 2.0). Pull it on the machine with ctr images pull --plain-http (with --namespace), or serve the registry over HTTPS. containerd said: %2</translation>
    </message>
    <message>
        <source>the registry of %1 refused the pull: it wants a login, or refused the one given. Gontainer passes a saved user name and password to containerd&apos;s Transfer service, but not a token login (as Docker Hub&apos;s): pull such an image on the machine with ctr images pull --user (with --namespace). containerd said: %2</source>
        <translation>the registry of %1 refused the pull: it wants a login, or refused the one given. Gontainer passes a saved user name and password to containerd&apos;s Transfer service, but not a token login (as Docker Hub&apos;s): pull such an image on the machine with ctr images pull --user (with --namespace). containerd said: %2</translation>
    </message>
    <message>
        <source>the registry has no image %1. containerd said: %2</source>
        <translation>the registry has no image %1. containerd said: %2</translation>
    </message>
</context>
<context>
    <name>ContainerdSpec</name>
    <message>
        <source>containerd has no networks of its own, so it publishes no ports: use the machine&apos;s network (host) and the container&apos;s own ports.</source>
        <translation>containerd has no networks of its own, so it publishes no ports: use the machine&apos;s network (host) and the container&apos;s own ports.</translation>
    </message>
    <message>
        <source>containerd has no networks of its own: a container uses the machine&apos;s network (host) or none, not &quot;%1&quot;.</source>
        <translation>containerd has no networks of its own: a container uses the machine&apos;s network (host) or none, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>containerd gives containers no addresses of their own: leave the IP address empty.</source>
        <translation>containerd gives containers no addresses of their own: leave the IP address empty.</translation>
    </message>
    <message>
        <source>containerd has no volumes (&quot;%1&quot;): mount a folder of the machine into the container instead.</source>
        <translation>containerd has no volumes (&quot;%1&quot;): mount a folder of the machine into the container instead.</translation>
    </message>
    <message>
        <source>A mount&apos;s path in the container must be absolute, not &quot;%1&quot;.</source>
        <translation>A mount&apos;s path in the container must be absolute, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A folder of the machine is given by its absolute path, not &quot;%1&quot;.</source>
        <translation>A folder of the machine is given by its absolute path, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This containerd restarts containers always or never, not on failure only (containerd 1.7 does): choose &quot;always&quot; or &quot;unless stopped&quot;.</source>
        <translation>This containerd restarts containers always or never, not on failure only (containerd 1.7 does): choose &quot;always&quot; or &quot;unless stopped&quot;.</translation>
    </message>
    <message>
        <source>containerd runs no health checks.</source>
        <translation>containerd runs no health checks.</translation>
    </message>
    <message>
        <source>containerd has no init process to add: run one from the image.</source>
        <translation>containerd has no init process to add: run one from the image.</translation>
    </message>
    <message>
        <source>Gontainer does not make privileged containerd containers: add the capabilities the container needs instead.</source>
        <translation>Gontainer does not make privileged containerd containers: add the capabilities the container needs instead.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Linux capability.</source>
        <translation>&quot;%1&quot; is not a Linux capability.</translation>
    </message>
    <message>
        <source>containerd does not remove containers when they end: remove it yourself.</source>
        <translation>containerd does not remove containers when they end: remove it yourself.</translation>
    </message>
    <message>
        <source>Gontainer does not attach to containerd&apos;s containers, so it gives them no terminal or input: use nerdctl run -it on the machine.</source>
        <translation>Gontainer does not attach to containerd&apos;s containers, so it gives them no terminal or input: use nerdctl run -it on the machine.</translation>
    </message>
    <message>
        <source>containerd keeps no stop timeout with a container: give it when you stop the container.</source>
        <translation>containerd keeps no stop timeout with a container: give it when you stop the container.</translation>
    </message>
    <message>
        <source>containerd has no pods.</source>
        <translation>containerd has no pods.</translation>
    </message>
    <message>
        <source>containerd does not stop containers after a time.</source>
        <translation>containerd does not stop containers after a time.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid name: use letters, digits, &quot;_&quot;, &quot;.&quot; and &quot;-&quot;, starting with a letter or digit.</source>
        <translation>&quot;%1&quot; is not a valid name: use letters, digits, &quot;_&quot;, &quot;.&quot; and &quot;-&quot;, starting with a letter or digit.</translation>
    </message>
    <message>
        <source>The image names no command to run: give the container one.</source>
        <translation>The image names no command to run: give the container one.</translation>
    </message>
    <message>
        <source>The working directory must be an absolute path, not &quot;%1&quot;.</source>
        <translation>The working directory must be an absolute path, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; is given by name: it is looked up in the image&apos;s /etc/passwd and /etc/group, which were not read.</source>
        <translation>User &quot;%1&quot; is given by name: it is looked up in the image&apos;s /etc/passwd and /etc/group, which were not read.</translation>
    </message>
</context>
<context>
    <name>ContainerdStatsStream</name>
    <message>
        <source>the node is gone</source>
        <translation>the node is gone</translation>
    </message>
    <message>
        <source>containerd reports this task&apos;s resource use in a form Gontainer does not read (%1)</source>
        <translation>containerd reports this task&apos;s resource use in a form Gontainer does not read (%1)</translation>
    </message>
</context>
<context>
    <name>ContainerdTasks</name>
    <message>
        <source>this kind of containerd address is not supported</source>
        <translation>this kind of containerd address is not supported</translation>
    </message>
    <message>
        <source>no container id in &quot;%1&quot;</source>
        <translation>no container id in &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Docker manages the containers in containerd&apos;s &quot;moby&quot; namespace: act on this one through Docker (add the machine&apos;s Docker as a node)</source>
        <translation>Docker manages the containers in containerd&apos;s &quot;moby&quot; namespace: act on this one through Docker (add the machine&apos;s Docker as a node)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a signal</source>
        <translation>&quot;%1&quot; is not a signal</translation>
    </message>
    <message>
        <source>the container is not running</source>
        <translation>the container is not running</translation>
    </message>
    <message>
        <source>a container needs a name</source>
        <translation>a container needs a name</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is taken by container %2 in namespace %3</source>
        <translation>the name &quot;%1&quot; is taken by container %2 in namespace %3</translation>
    </message>
    <message>
        <source>no such container: %1</source>
        <translation>no such container: %1</translation>
    </message>
    <message>
        <source>the container is running: stop it first or remove it with force</source>
        <translation>the container is running: stop it first or remove it with force</translation>
    </message>
    <message>
        <source>containerd ended the event stream</source>
        <translation>containerd ended the event stream</translation>
    </message>
    <message>
        <source>containerd keeps no logs, and nerdctl sends this container&apos;s output to its &quot;%1&quot; log driver: read it there, or with nerdctl logs</source>
        <translation>containerd keeps no logs, and nerdctl sends this container&apos;s output to its &quot;%1&quot; log driver: read it there, or with nerdctl logs</translation>
    </message>
    <message>
        <source>containerd keeps no logs, and this container&apos;s output goes nowhere Gontainer can read: start it from Gontainer (or run it with nerdctl) to have a log</source>
        <translation>containerd keeps no logs, and this container&apos;s output goes nowhere Gontainer can read: start it from Gontainer (or run it with nerdctl) to have a log</translation>
    </message>
    <message>
        <source>containerd keeps no logs; this container&apos;s output goes to %1, which Gontainer cannot read</source>
        <translation>containerd keeps no logs; this container&apos;s output goes to %1, which Gontainer cannot read</translation>
    </message>
    <message>
        <source>containerd keeps no logs; this container&apos;s log is the file %1 on the machine containerd runs on, and Gontainer reads containerd&apos;s log files only on this machine</source>
        <translation>containerd keeps no logs; this container&apos;s log is the file %1 on the machine containerd runs on, and Gontainer reads containerd&apos;s log files only on this machine</translation>
    </message>
    <message>
        <source>cannot start a paused container, try unpause instead</source>
        <translation>cannot start a paused container, try unpause instead</translation>
    </message>
</context>
<context>
    <name>ContainersPage</name>
    <message>
        <source>Containers</source>
        <translation>Containers</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Tiles</source>
        <translation>&amp;Tiles</translation>
    </message>
    <message>
        <source>Show containers as tiles (Ctrl+1)</source>
        <translation>Show containers as tiles (Ctrl+1)</translation>
    </message>
    <message>
        <source>T&amp;able</source>
        <translation>T&amp;able</translation>
    </message>
    <message>
        <source>Show containers as a table (Ctrl+2)</source>
        <translation>Show containers as a table (Ctrl+2)</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Columns</translation>
    </message>
    <message>
        <source>Search name, image, label, ID (Ctrl+F)</source>
        <translation>Search name, image, label, ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Show only containers in this state</source>
        <translation>Show only containers in this state</translation>
    </message>
    <message>
        <source>Any health</source>
        <translation>Any health</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Healthy</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Unhealthy</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Starting</translation>
    </message>
    <message>
        <source>With a health check</source>
        <translation>With a health check</translation>
    </message>
    <message>
        <source>Show only containers with this health</source>
        <translation>Show only containers with this health</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>Sort by %1</translation>
    </message>
    <message>
        <source>Ascending or descending</source>
        <translation>Ascending or descending</translation>
    </message>
    <message>
        <source>Show the containers of one node</source>
        <translation>Show the containers of one node</translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>All nodes</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s), %1 running</source>
        <translation>
            <numerusform>%n container, %1 running</numerusform>
            <numerusform>%n containers, %1 running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unhealthy</source>
        <translation>
            <numerusform>%n unhealthy</numerusform>
            <numerusform>%n unhealthy</numerusform>
        </translation>
    </message>
    <message>
        <source>No container matches the search and filters.
Press Esc to clear the search, or choose &quot;All&quot; in the filters.</source>
        <translation>No container matches the search and filters.
Press Esc to clear the search, or choose &quot;All&quot; in the filters.</translation>
    </message>
    <message>
        <source>No container engine.</source>
        <translation>No container engine.</translation>
    </message>
    <message>
        <source>No nodes.
Add one in Nodes with &quot;Add Node…&quot;.</source>
        <translation>No nodes.
Add one in Nodes with &quot;Add Node…&quot;.</translation>
    </message>
    <message>
        <source>Looking for a container engine…</source>
        <translation>Looking for a container engine…</translation>
    </message>
    <message>
        <source>No containers yet.
Containers you create with Docker or Podman appear here as soon as they exist.</source>
        <translation>No containers yet.
Containers you create with Docker or Podman appear here as soon as they exist.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>No node can be reached.</source>
        <translation>No node can be reached.</translation>
    </message>
    <message>
        <source>&amp;Group by Project</source>
        <translation>&amp;Group by Project</translation>
    </message>
    <message>
        <source>Group the containers by compose project, with each project&apos;s counts (Ctrl+G)</source>
        <translation>Group the containers by compose project, with each project&apos;s counts (Ctrl+G)</translation>
    </message>
    <message>
        <source>No node&apos;s engine runs health checks</source>
        <translation>No node&apos;s engine runs health checks</translation>
    </message>
</context>
<context>
    <name>CreateContainerDialog</name>
    <message>
        <source>New Container</source>
        <translation>New Container</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation>&amp;Node:</translation>
    </message>
    <message>
        <source>nginx, docker.io/library/redis:7, …</source>
        <translation>nginx, docker.io/library/redis:7, …</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <source>Chosen by the engine when empty</source>
        <translation>Chosen by the engine when empty</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>The image&apos;s own command when empty</source>
        <translation>The image&apos;s own command when empty</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Command:</translation>
    </message>
    <message>
        <source>One per line: 8080:80, 127.0.0.1:5432:5432, 53:53/udp</source>
        <translation>One per line: 8080:80, 127.0.0.1:5432:5432, 53:53/udp</translation>
    </message>
    <message>
        <source>&amp;Ports:</source>
        <translation>&amp;Ports:</translation>
    </message>
    <message>
        <source>One per line: KEY=value</source>
        <translation>One per line: KEY=value</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environment:</translation>
    </message>
    <message>
        <source>&amp;Start the container once it is created</source>
        <translation>&amp;Start the container once it is created</translation>
    </message>
    <message>
        <source>Storage and labels</source>
        <translation>Storage and labels</translation>
    </message>
    <message>
        <source>One per line: /host/path:/in/container[:ro] or volume:/path</source>
        <translation>One per line: /host/path:/in/container[:ro] or volume:/path</translation>
    </message>
    <message>
        <source>&amp;Volumes:</source>
        <translation>&amp;Volumes:</translation>
    </message>
    <message>
        <source>One per line: key=value</source>
        <translation>One per line: key=value</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <source>Restart and resources</source>
        <translation>Restart and resources</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Always</translation>
    </message>
    <message>
        <source>Unless stopped</source>
        <translation>Unless stopped</translation>
    </message>
    <message>
        <source>On failure</source>
        <translation>On failure</translation>
    </message>
    <message>
        <source>&amp;Restart:</source>
        <translation>&amp;Restart:</translation>
    </message>
    <message>
        <source>No limit; 0.5 is half a CPU</source>
        <translation>No limit; 0.5 is half a CPU</translation>
    </message>
    <message>
        <source>C&amp;PUs:</source>
        <translation>C&amp;PUs:</translation>
    </message>
    <message>
        <source>No limit; 512m, 2g</source>
        <translation>No limit; 512m, 2g</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>&amp;Memory:</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Health check</translation>
    </message>
    <message>
        <source>The image&apos;s own check when empty; run by the shell</source>
        <translation>The image&apos;s own check when empty; run by the shell</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Co&amp;mmand:</translation>
    </message>
    <message>
        <source>30s</source>
        <translation>30s</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Interval:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Timeout:</translation>
    </message>
    <message>
        <source>Engine default</source>
        <translation>Engine default</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>&amp;Retries:</translation>
    </message>
    <message>
        <source>0s</source>
        <translation>0s</translation>
    </message>
    <message>
        <source>&amp;Start period:</source>
        <translation>&amp;Start period:</translation>
    </message>
    <message>
        <source>Process and security</source>
        <translation>Process and security</translation>
    </message>
    <message>
        <source>The image&apos;s own entrypoint when empty</source>
        <translation>The image&apos;s own entrypoint when empty</translation>
    </message>
    <message>
        <source>&amp;Entrypoint:</source>
        <translation>&amp;Entrypoint:</translation>
    </message>
    <message>
        <source>user, uid or uid:gid</source>
        <translation>user, uid or uid:gid</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>/app</source>
        <translation>/app</translation>
    </message>
    <message>
        <source>&amp;Working directory:</source>
        <translation>&amp;Working directory:</translation>
    </message>
    <message>
        <source>NET_ADMIN, SYS_TIME</source>
        <translation>NET_ADMIN, SYS_TIME</translation>
    </message>
    <message>
        <source>&amp;Add capabilities:</source>
        <translation>&amp;Add capabilities:</translation>
    </message>
    <message>
        <source>ALL, NET_RAW</source>
        <translation>ALL, NET_RAW</translation>
    </message>
    <message>
        <source>&amp;Drop capabilities:</source>
        <translation>&amp;Drop capabilities:</translation>
    </message>
    <message>
        <source>Run an &amp;init process that reaps zombies</source>
        <translation>Run an &amp;init process that reaps zombies</translation>
    </message>
    <message>
        <source>&amp;Privileged (full access to the host)</source>
        <translation>&amp;Privileged (full access to the host)</translation>
    </message>
    <message>
        <source>Read-only &amp;root file system</source>
        <translation>Read-only &amp;root file system</translation>
    </message>
    <message>
        <source>Remove the container when it e&amp;xits</source>
        <translation>Remove the container when it e&amp;xits</translation>
    </message>
    <message>
        <source>Podman</source>
        <translation>Podman</translation>
    </message>
    <message>
        <source>P&amp;od:</source>
        <translation>P&amp;od:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>Run &amp;time limit:</source>
        <translation>Run &amp;time limit:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;reate</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Choose an image of the node, or type one to pull, like nginx:1.27.</source>
        <translation>Choose an image of the node, or type one to pull, like nginx:1.27.</translation>
    </message>
    <message>
        <source>An image name has no spaces.</source>
        <translation>An image name has no spaces.</translation>
    </message>
    <message>
        <source>Use letters, digits, and . _ - after the first letter or digit.</source>
        <translation>Use letters, digits, and . _ - after the first letter or digit.</translation>
    </message>
    <message>
        <source>Host port %1 is given twice: each host port can be published once.</source>
        <translation>Host port %1 is given twice: each host port can be published once.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no value: write it as KEY=value.</source>
        <translation>&quot;%1&quot; has no value: write it as KEY=value.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label: write it as key=value, the key without spaces.</source>
        <translation>&quot;%1&quot; is not a label: write it as key=value, the key without spaces.</translation>
    </message>
    <message>
        <source>At least 6 MB: engines refuse smaller limits.</source>
        <translation>At least 6 MB: engines refuse smaller limits.</translation>
    </message>
    <message>
        <source>Give the check&apos;s command first.</source>
        <translation>Give the check&apos;s command first.</translation>
    </message>
    <message>
        <source>The working directory is a path inside the container, from /.</source>
        <translation>The working directory is a path inside the container, from /.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a capability name, like NET_ADMIN.</source>
        <translation>&quot;%1&quot; is not a capability name, like NET_ADMIN.</translation>
    </message>
    <message>
        <source>%1 is not connected: choose another node, or wait until it is back.</source>
        <translation>%1 is not connected: choose another node, or wait until it is back.</translation>
    </message>
    <message>
        <source>Creating the container on %1…</source>
        <translation>Creating the container on %1…</translation>
    </message>
    <message>
        <source>Pull the image?</source>
        <translation>Pull the image?</translation>
    </message>
    <message>
        <source>%1 does not have the image %2. Pull it now?</source>
        <translation>%1 does not have the image %2. Pull it now?</translation>
    </message>
    <message>
        <source>The image %1 is not on the node. Pull it, or choose one of the node&apos;s images.</source>
        <translation>The image %1 is not on the node. Pull it, or choose one of the node&apos;s images.</translation>
    </message>
    <message>
        <source>The node cannot tell which registry &quot;%1&quot; comes from. Write the image with its registry, like docker.io/library/%1.

%2</source>
        <translation>The node cannot tell which registry &quot;%1&quot; comes from. Write the image with its registry, like docker.io/library/%1.

%2</translation>
    </message>
    <message>
        <source>This name is taken on the node: choose another, or leave it empty.</source>
        <translation>This name is taken on the node: choose another, or leave it empty.</translation>
    </message>
    <message>
        <source>Pulling %1 on %2…</source>
        <translation>Pulling %1 on %2…</translation>
    </message>
    <message>
        <source>Pulling %1: %2 of %3</source>
        <translation>Pulling %1: %2 of %3</translation>
    </message>
    <message>
        <source>Pulling %1 failed: %2</source>
        <translation>Pulling %1 failed: %2</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Starting %1…</translation>
    </message>
    <message>
        <source>%1 was created but did not start: %2</source>
        <translation>%1 was created but did not start: %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Wait for this to finish before closing: the engine is at work.</source>
        <translation>Wait for this to finish before closing: the engine is at work.</translation>
    </message>
    <message>
        <source>Discard the new container?</source>
        <translation>Discard the new container?</translation>
    </message>
    <message>
        <source>What you typed for the new container will be lost.</source>
        <translation>What you typed for the new container will be lost.</translation>
    </message>
    <message>
        <source>The network the container joins; more can be connected later</source>
        <translation>The network the container joins; more can be connected later</translation>
    </message>
    <message>
        <source>Net&amp;work:</source>
        <translation>Net&amp;work:</translation>
    </message>
    <message>
        <source>IP addre&amp;ss:</source>
        <translation>IP addre&amp;ss:</translation>
    </message>
    <message>
        <source>Chosen by the engine when empty; inside %1</source>
        <translation>Chosen by the engine when empty; inside %1</translation>
    </message>
    <message>
        <source>Only on a network with a subnet</source>
        <translation>Only on a network with a subnet</translation>
    </message>
    <message>
        <source>The host&apos;s network (host)</source>
        <translation>The host&apos;s network (host)</translation>
    </message>
    <message>
        <source>No network (none)</source>
        <translation>No network (none)</translation>
    </message>
    <message>
        <source>The engine of %1 has no networks: the container uses the host&apos;s network (it listens on the host&apos;s own ports) or none at all.</source>
        <translation>The engine of %1 has no networks: the container uses the host&apos;s network (it listens on the host&apos;s own ports) or none at all.</translation>
    </message>
    <message>
        <source>The engine of %1 publishes no ports: with the host&apos;s network the container listens on the host&apos;s own ports.</source>
        <translation>The engine of %1 publishes no ports: with the host&apos;s network the container listens on the host&apos;s own ports.</translation>
    </message>
    <message>
        <source>The engine of %1 does not restart containers by itself.</source>
        <translation>The engine of %1 does not restart containers by itself.</translation>
    </message>
    <message>
        <source>The containerd namespace the container is made in; the images offered are those of this namespace</source>
        <translation>The containerd namespace the container is made in; the images offered are those of this namespace</translation>
    </message>
    <message>
        <source>Name&amp;space:</source>
        <translation>Name&amp;space:</translation>
    </message>
    <message>
        <source>Namespace %1 does not have the image %2. Pull it into that namespace on the machine (nerdctl -n %1 pull %2), or choose one of its images.</source>
        <translation>Namespace %1 does not have the image %2. Pull it into that namespace on the machine (nerdctl -n %1 pull %2), or choose one of its images.</translation>
    </message>
</context>
<context>
    <name>CreateNetworkDialog</name>
    <message>
        <source>New Network</source>
        <translation>New Network</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation>&amp;Node:</translation>
    </message>
    <message>
        <source>backend</source>
        <translation>backend</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>&amp;Driver:</source>
        <translation>&amp;Driver:</translation>
    </message>
    <message>
        <source>Chosen by the engine when empty, like 10.10.0.0/24</source>
        <translation>Chosen by the engine when empty, like 10.10.0.0/24</translation>
    </message>
    <message>
        <source>&amp;Subnet:</source>
        <translation>&amp;Subnet:</translation>
    </message>
    <message>
        <source>The subnet&apos;s first address when empty</source>
        <translation>The subnet&apos;s first address when empty</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Gateway:</translation>
    </message>
    <message>
        <source>The whole subnet when empty, like 10.10.0.128/25</source>
        <translation>The whole subnet when empty, like 10.10.0.128/25</translation>
    </message>
    <message>
        <source>IP &amp;range:</source>
        <translation>IP &amp;range:</translation>
    </message>
    <message>
        <source>Enable IPv&amp;6</source>
        <translation>Enable IPv&amp;6</translation>
    </message>
    <message>
        <source>Chosen by the engine when empty, like fd00:10::/64</source>
        <translation>Chosen by the engine when empty, like fd00:10::/64</translation>
    </message>
    <message>
        <source>IPv6 s&amp;ubnet:</source>
        <translation>IPv6 s&amp;ubnet:</translation>
    </message>
    <message>
        <source>IPv6 gate&amp;way:</source>
        <translation>IPv6 gate&amp;way:</translation>
    </message>
    <message>
        <source>&amp;Internal: no way out to other networks</source>
        <translation>&amp;Internal: no way out to other networks</translation>
    </message>
    <message>
        <source>One per line: key=value</source>
        <translation>One per line: key=value</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;reate</translation>
    </message>
    <message>
        <source>A driver&apos;s name has no spaces.</source>
        <translation>A driver&apos;s name has no spaces.</translation>
    </message>
    <message>
        <source>Give a subnet before a gateway.</source>
        <translation>Give a subnet before a gateway.</translation>
    </message>
    <message>
        <source>Give a subnet before an IP range.</source>
        <translation>Give a subnet before an IP range.</translation>
    </message>
    <message>
        <source>This is an IPv6 subnet: give it in the IPv6 field below.</source>
        <translation>This is an IPv6 subnet: give it in the IPv6 field below.</translation>
    </message>
    <message>
        <source>This is an IPv4 subnet: give it in the Subnet field above.</source>
        <translation>This is an IPv4 subnet: give it in the Subnet field above.</translation>
    </message>
    <message>
        <source>The two subnets overlap.</source>
        <translation>The two subnets overlap.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not key=value.</source>
        <translation>&quot;%1&quot; is not key=value.</translation>
    </message>
    <message>
        <source>Creating %1 on %2…</source>
        <translation>Creating %1 on %2…</translation>
    </message>
    <message>
        <source>The network was not created: %1</source>
        <translation>The network was not created: %1</translation>
    </message>
</context>
<context>
    <name>CreatePodDialog</name>
    <message>
        <source>Create Pod</source>
        <translation>Create Pod</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation>&amp;Node:</translation>
    </message>
    <message>
        <source>Empty: the engine makes one up</source>
        <translation>Empty: the engine makes one up</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>8080:80, 127.0.0.1:5432:5432, 53/udp</source>
        <translation>8080:80, 127.0.0.1:5432:5432, 53/udp</translation>
    </message>
    <message>
        <source>Ports of the pod&apos;s containers published on the node, separated by commas: [host address:][host port:]container port[/protocol]</source>
        <translation>Ports of the pod&apos;s containers published on the node, separated by commas: [host address:][host port:]container port[/protocol]</translation>
    </message>
    <message>
        <source>Published &amp;ports:</source>
        <translation>Published &amp;ports:</translation>
    </message>
    <message>
        <source>One per line: key=value</source>
        <translation>One per line: key=value</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <source>The namespaces the pod&apos;s containers share through its infra container; none: the pod has no infra container</source>
        <translation>The namespaces the pod&apos;s containers share through its infra container; none: the pod has no infra container</translation>
    </message>
    <message>
        <source>Shared &amp;namespaces:</source>
        <translation>Shared &amp;namespaces:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Choose a node whose engine has pods.</source>
        <translation>Choose a node whose engine has pods.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a pod name: begin with a letter or digit, then use letters, digits and _ . -</source>
        <translation>&quot;%1&quot; is not a pod name: begin with a letter or digit, then use letters, digits and _ . -</translation>
    </message>
    <message>
        <source>%1 already has a pod named &quot;%2&quot;: choose another name.</source>
        <translation>%1 already has a pod named &quot;%2&quot;: choose another name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label: write key=value.</source>
        <translation>&quot;%1&quot; is not a label: write key=value.</translation>
    </message>
    <message>
        <source>Published ports need the network namespace shared: tick &quot;net&quot;.</source>
        <translation>Published ports need the network namespace shared: tick &quot;net&quot;.</translation>
    </message>
</context>
<context>
    <name>CreateSecretDialog</name>
    <message>
        <source>Create Secret or Config</source>
        <translation>Create Secret or Config</translation>
    </message>
    <message>
        <source>Secret: given to services as a file, never shown back</source>
        <translation>Secret: given to services as a file, never shown back</translation>
    </message>
    <message>
        <source>Config: given to services as a file, readable</source>
        <translation>Config: given to services as a file, readable</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The content, or read it from a file below</source>
        <translation>The content, or read it from a file below</translation>
    </message>
    <message>
        <source>C&amp;ontent:</source>
        <translation>C&amp;ontent:</translation>
    </message>
    <message>
        <source>A file to read the content from instead</source>
        <translation>A file to read the content from instead</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>key=value, one a line</source>
        <translation>key=value, one a line</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Give it a name.</source>
        <translation>Give it a name.</translation>
    </message>
    <message>
        <source>The name is longer than 64 characters.</source>
        <translation>The name is longer than 64 characters.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a name the swarm takes: use letters, digits and . _ -, beginning and ending with a letter or a digit.</source>
        <translation>&quot;%1&quot; is not a name the swarm takes: use letters, digits and . _ -, beginning and ending with a letter or a digit.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The node is gone.</source>
        <translation>The node is gone.</translation>
    </message>
    <message>
        <source>The swarm already has a secret named %1.</source>
        <translation>The swarm already has a secret named %1.</translation>
    </message>
    <message>
        <source>The swarm already has a config named %1.</source>
        <translation>The swarm already has a config named %1.</translation>
    </message>
    <message>
        <source>Type the content or name a file, not both.</source>
        <translation>Type the content or name a file, not both.</translation>
    </message>
    <message>
        <source>Type the content, or name a file to read it from.</source>
        <translation>Type the content, or name a file to read it from.</translation>
    </message>
    <message>
        <source>The content is larger than the swarm takes (500 KiB).</source>
        <translation>The content is larger than the swarm takes (500 KiB).</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>Read the Content From</source>
        <translation>Read the Content From</translation>
    </message>
    <message>
        <source>The swarm did not create it: %1</source>
        <translation>The swarm did not create it: %1</translation>
    </message>
    <message>
        <source>it is not a readable file</source>
        <translation>it is not a readable file</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>there is no such file</translation>
    </message>
</context>
<context>
    <name>CreateServiceDialog</name>
    <message>
        <source>Create Service</source>
        <translation>Create Service</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Every node pulls it, or has it already</source>
        <translation>Every node pulls it, or has it already</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <source>The image&apos;s own when empty</source>
        <translation>The image&apos;s own when empty</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Co&amp;mmand:</translation>
    </message>
    <message>
        <source>Replicated: this many tasks, placed by the swarm</source>
        <translation>Replicated: this many tasks, placed by the swarm</translation>
    </message>
    <message>
        <source>Global: one task on every node</source>
        <translation>Global: one task on every node</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation>M&amp;ode:</translation>
    </message>
    <message>
        <source>&amp;Replicas:</source>
        <translation>&amp;Replicas:</translation>
    </message>
    <message>
        <source>published:target[/udp], one a line (8080:80)</source>
        <translation>published:target[/udp], one a line (8080:80)</translation>
    </message>
    <message>
        <source>&amp;Ports:</source>
        <translation>&amp;Ports:</translation>
    </message>
    <message>
        <source>Publish on the node each task runs on, not through the routing mesh</source>
        <translation>Publish on the node each task runs on, not through the routing mesh</translation>
    </message>
    <message>
        <source>KEY=value, one a line</source>
        <translation>KEY=value, one a line</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environment:</translation>
    </message>
    <message>
        <source>volume:/path[:ro] or /host/path:/path[:ro], one a line</source>
        <translation>volume:/path[:ro] or /host/path:/path[:ro], one a line</translation>
    </message>
    <message>
        <source>Mo&amp;unts:</source>
        <translation>Mo&amp;unts:</translation>
    </message>
    <message>
        <source>node.role==worker, node.labels.disk==ssd, one a line</source>
        <translation>node.role==worker, node.labels.disk==ssd, one a line</translation>
    </message>
    <message>
        <source>Overlay networks, separated by commas</source>
        <translation>Overlay networks, separated by commas</translation>
    </message>
    <message>
        <source>key=value, one a line</source>
        <translation>key=value, one a line</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <source>No limit (e.g. 0.5)</source>
        <translation>No limit (e.g. 0.5)</translation>
    </message>
    <message>
        <source>No limit (e.g. 256m)</source>
        <translation>No limit (e.g. 256m)</translation>
    </message>
    <message>
        <source>Memor&amp;y limit:</source>
        <translation>Memor&amp;y limit:</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Always</translation>
    </message>
    <message>
        <source>When it fails</source>
        <translation>When it fails</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Re&amp;start tasks:</source>
        <translation>Re&amp;start tasks:</translation>
    </message>
    <message>
        <source>All at once</source>
        <translation>All at once</translation>
    </message>
    <message>
        <source>None (e.g. 10s)</source>
        <translation>None (e.g. 10s)</translation>
    </message>
    <message>
        <source>Pause the update</source>
        <translation>Pause the update</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Roll back</translation>
    </message>
    <message>
        <source>On update &amp;failure:</source>
        <translation>On update &amp;failure:</translation>
    </message>
    <message>
        <source>Start each new task before stopping the old one</source>
        <translation>Start each new task before stopping the old one</translation>
    </message>
    <message>
        <source>Run an init process (passes signals on: quick stops)</source>
        <translation>Run an init process (passes signals on: quick stops)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>The swarm already has a service named %1.</source>
        <translation>The swarm already has a service named %1.</translation>
    </message>
    <message>
        <source>Name the image its tasks run.</source>
        <translation>Name the image its tasks run.</translation>
    </message>
    <message>
        <source>The command: %1</source>
        <translation>The command: %1</translation>
    </message>
    <message>
        <source>The port %1: %2</source>
        <translation>The port %1: %2</translation>
    </message>
    <message>
        <source>The port %1: a service publishes on every address; leave out the address.</source>
        <translation>The port %1: a service publishes on every address; leave out the address.</translation>
    </message>
    <message>
        <source>The variable %1: %2</source>
        <translation>The variable %1: %2</translation>
    </message>
    <message>
        <source>The mount %1: %2</source>
        <translation>The mount %1: %2</translation>
    </message>
    <message>
        <source>The constraint %1: write it as node.role==worker or node.labels.key!=value.</source>
        <translation>The constraint %1: write it as node.role==worker or node.labels.key!=value.</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>The CPU limit: %1</source>
        <translation>The CPU limit: %1</translation>
    </message>
    <message>
        <source>The memory limit: %1</source>
        <translation>The memory limit: %1</translation>
    </message>
    <message>
        <source>The update delay: %1</source>
        <translation>The update delay: %1</translation>
    </message>
    <message>
        <source>The node is gone.</source>
        <translation>The node is gone.</translation>
    </message>
    <message>
        <source>The swarm did not create it: %1</source>
        <translation>The swarm did not create it: %1</translation>
    </message>
    <message>
        <source>Constr&amp;aints:</source>
        <translation>Constr&amp;aints:</translation>
    </message>
    <message>
        <source>Net&amp;works:</source>
        <translation>Net&amp;works:</translation>
    </message>
    <message>
        <source>CPU limi&amp;t:</source>
        <translation>CPU limi&amp;t:</translation>
    </message>
    <message>
        <source>Up&amp;date parallelism:</source>
        <translation>Up&amp;date parallelism:</translation>
    </message>
    <message>
        <source>Update delay:</source>
        <translation>Update delay:</translation>
    </message>
</context>
<context>
    <name>CreateVolumeDialog</name>
    <message>
        <source>Create Volume</source>
        <translation>Create Volume</translation>
    </message>
    <message>
        <source>N&amp;ode:</source>
        <translation>N&amp;ode:</translation>
    </message>
    <message>
        <source>Empty: the engine chooses a name</source>
        <translation>Empty: the engine chooses a name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The volume plugin that keeps the data; &quot;local&quot; keeps it on the node&apos;s disk</source>
        <translation>The volume plugin that keeps the data; &quot;local&quot; keeps it on the node&apos;s disk</translation>
    </message>
    <message>
        <source>&amp;Driver:</source>
        <translation>&amp;Driver:</translation>
    </message>
    <message>
        <source>One per line: key=value (for the local driver, e.g. type=tmpfs, device=tmpfs, o=size=100m)</source>
        <translation>One per line: key=value (for the local driver, e.g. type=tmpfs, device=tmpfs, o=size=100m)</translation>
    </message>
    <message>
        <source>Driver &amp;options:</source>
        <translation>Driver &amp;options:</translation>
    </message>
    <message>
        <source>One per line: key=value</source>
        <translation>One per line: key=value</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a volume name: begin it with a letter or a digit.</source>
        <translation>&quot;%1&quot; is not a volume name: begin it with a letter or a digit.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a volume name: use letters, digits and . _ - only.</source>
        <translation>&quot;%1&quot; is not a volume name: use letters, digits and . _ - only.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2: write it as key=value, the key without spaces.</source>
        <translation>&quot;%1&quot; is not a %2: write it as key=value, the key without spaces.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is given twice.</source>
        <translation>The %1 &quot;%2&quot; is given twice.</translation>
    </message>
    <message>
        <source>driver option</source>
        <translation>driver option</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>No node that has volumes is connected.</source>
        <translation>No node that has volumes is connected.</translation>
    </message>
    <message>
        <source>Choose a node.</source>
        <translation>Choose a node.</translation>
    </message>
    <message>
        <source>%1 already has a volume named %2: choose another name.</source>
        <translation>%1 already has a volume named %2: choose another name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a driver name: use letters, digits and . _ - : / only.</source>
        <translation>&quot;%1&quot; is not a driver name: use letters, digits and . _ - : / only.</translation>
    </message>
    <message>
        <source>%1 did not create the volume: %2</source>
        <translation>%1 did not create the volume: %2</translation>
    </message>
</context>
<context>
    <name>DiskNodePanel</name>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Containers</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Build cache</source>
        <translation>Build cache</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Networks</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Reclaimable</source>
        <translation>Reclaimable</translation>
    </message>
    <message>
        <source>Prune…</source>
        <translation>Prune…</translation>
    </message>
    <message>
        <source>Remove images no container uses</source>
        <translation>Remove images no container uses</translation>
    </message>
    <message>
        <source>Remove the stopped containers</source>
        <translation>Remove the stopped containers</translation>
    </message>
    <message>
        <source>Remove the volumes no container uses, with their data</source>
        <translation>Remove the volumes no container uses, with their data</translation>
    </message>
    <message>
        <source>Remove the build cache no build uses</source>
        <translation>Remove the build cache no build uses</translation>
    </message>
    <message>
        <source>Prune Everything Unused…</source>
        <translation>Prune Everything Unused…</translation>
    </message>
    <message>
        <source>Remove stopped containers, and the networks, images, volumes and build cache no container uses</source>
        <translation>Remove stopped containers, and the networks, images, volumes and build cache no container uses</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>This engine keeps no build cache of its own.</source>
        <translation>This engine keeps no build cache of its own.</translation>
    </message>
    <message>
        <source>Pruning…</source>
        <translation>Pruning…</translation>
    </message>
    <message>
        <source>Asking the engine for its disk use…</source>
        <translation>Asking the engine for its disk use…</translation>
    </message>
    <message>
        <source>Connecting… The figures are from %1.</source>
        <translation>Connecting… The figures are from %1.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Offline: the figures are from %1.</source>
        <translation>Offline: the figures are from %1.</translation>
    </message>
    <message>
        <source>Offline: no figures yet.</source>
        <translation>Offline: no figures yet.</translation>
    </message>
    <message>
        <source>Could not get the disk use: %1</source>
        <translation>Could not get the disk use: %1</translation>
    </message>
    <message>
        <source>As the engine reported at %1.</source>
        <translation>As the engine reported at %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) no container uses, up to %1 (once the stopped containers are gone)</source>
        <translation>
            <numerusform>%n image no container uses, up to %1 (once the stopped containers are gone)</numerusform>
            <numerusform>%n images no container uses, up to %1 (once the stopped containers are gone)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s) no container uses, with %1 of data, and those that only the stopped containers use</source>
        <translation>
            <numerusform>%n volume no container uses, with %1 of data, and those that only the stopped containers use</numerusform>
            <numerusform>%n volumes no container uses, with %1 of data, and those that only the stopped containers use</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped container(s), %1</source>
        <translation>
            <numerusform>%n stopped container, %1</numerusform>
            <numerusform>%n stopped containers, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) no container uses, up to %1</source>
        <translation>
            <numerusform>%n image no container uses, up to %1</numerusform>
            <numerusform>%n images no container uses, up to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dangling image(s) (without a name), up to %1</source>
        <translation>
            <numerusform>%n dangling image (without a name), up to %1</numerusform>
            <numerusform>%n dangling images (without a name), up to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s) no container uses, with %1 of data</source>
        <translation>
            <numerusform>%n volume no container uses, with %1 of data</numerusform>
            <numerusform>%n volumes no container uses, with %1 of data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n build cache record(s) no build uses, %1</source>
        <translation>
            <numerusform>%n build cache record no build uses, %1</numerusform>
            <numerusform>%n build cache records no build uses, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the networks no container uses</source>
        <translation>the networks no container uses</translation>
    </message>
    <message>
        <source>Remove the stopped containers on %1?</source>
        <translation>Remove the stopped containers on %1?</translation>
    </message>
    <message>
        <source>Remove the unused images on %1?</source>
        <translation>Remove the unused images on %1?</translation>
    </message>
    <message>
        <source>Remove the volumes no container uses on %1?</source>
        <translation>Remove the volumes no container uses on %1?</translation>
    </message>
    <message>
        <source>Remove the build cache on %1?</source>
        <translation>Remove the build cache on %1?</translation>
    </message>
    <message>
        <source>Prune %1</source>
        <translation>Prune %1</translation>
    </message>
    <message>
        <source>Their data is lost for good.</source>
        <translation>Their data is lost for good.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>This cannot be undone.</translation>
    </message>
    <message>
        <source>Also images with a name (every image no container uses)</source>
        <translation>Also images with a name (every image no container uses)</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>Prune</translation>
    </message>
    <message>
        <source>Prune Everything Unused</source>
        <translation>Prune Everything Unused</translation>
    </message>
    <message>
        <source>Remove everything unused on %1?</source>
        <translation>Remove everything unused on %1?</translation>
    </message>
    <message>
        <source>These go, in this order:</source>
        <translation>These go, in this order:</translation>
    </message>
    <message>
        <source>Volumes&apos; data is lost for good. This cannot be undone.</source>
        <translation>Volumes&apos; data is lost for good. This cannot be undone.</translation>
    </message>
    <message>
        <source>Prune Everything</source>
        <translation>Prune Everything</translation>
    </message>
    <message>
        <source>Pruning %1 on %2…</source>
        <translation>Pruning %1 on %2…</translation>
    </message>
    <message>
        <source>Could not prune %1 on %2: %3</source>
        <translation>Could not prune %1 on %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n stopped container(s) removed from %1, %2 freed.</source>
        <translation>
            <numerusform>%n stopped container removed from %1, %2 freed.</numerusform>
            <numerusform>%n stopped containers removed from %1, %2 freed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s) removed from %1, %2 freed.</source>
        <translation>
            <numerusform>%n volume removed from %1, %2 freed.</numerusform>
            <numerusform>%n volumes removed from %1, %2 freed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pruned on %2: %3 freed.</source>
        <translation>%1 pruned on %2: %3 freed.</translation>
    </message>
    <message>
        <source>Pruning everything unused on %1…</source>
        <translation>Pruning everything unused on %1…</translation>
    </message>
    <message>
        <source>Everything unused pruned on %1: %2 freed.</source>
        <translation>Everything unused pruned on %1: %2 freed.</translation>
    </message>
    <message>
        <source>Pruning on %1 stopped at %2: %3 (%4 freed before).</source>
        <translation>Pruning on %1 stopped at %2: %3 (%4 freed before).</translation>
    </message>
    <message>
        <source>This engine has no volumes.</source>
        <translation>This engine has no volumes.</translation>
    </message>
    <message>
        <source>This engine has no networks.</source>
        <translation>This engine has no networks.</translation>
    </message>
    <message>
        <source>The engine of %1 does not tell what takes up its disk.</source>
        <translation>The engine of %1 does not tell what takes up its disk.</translation>
    </message>
</context>
<context>
    <name>DiskPage</name>
    <message>
        <source>Disk</source>
        <translation>Disk</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Ask every node for its disk use again (Ctrl+R)</source>
        <translation>Ask every node for its disk use again (Ctrl+R)</translation>
    </message>
    <message>
        <source>No nodes.</source>
        <translation>No nodes.</translation>
    </message>
</context>
<context>
    <name>DockerBuildStream</name>
    <message>
        <source>Cannot make a temporary file for the build folder in %1: %2</source>
        <translation>Cannot make a temporary file for the build folder in %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the packed build folder: %1</source>
        <translation>Cannot write the packed build folder: %1</translation>
    </message>
</context>
<context>
    <name>DockerEngine</name>
    <message>
        <source>/_ping answered HTTP %1 without an API version</source>
        <translation>/_ping answered HTTP %1 without an API version</translation>
    </message>
    <message>
        <source>its API version %1 is older than 1.%2; update the engine.</source>
        <translation>its API version %1 is older than 1.%2; update the engine.</translation>
    </message>
    <message>
        <source>/version did not answer as expected</source>
        <translation>/version did not answer as expected</translation>
    </message>
    <message>
        <source>the %1 is not the JSON the API promises</source>
        <translation>the %1 is not the JSON the API promises</translation>
    </message>
    <message>
        <source>this engine has no pods and no run time limits; leave them empty</source>
        <translation>this engine has no pods and no run time limits; leave them empty</translation>
    </message>
    <message>
        <source>container list</source>
        <translation>container list</translation>
    </message>
    <message>
        <source>container&apos;s inspect answer</source>
        <translation>container&apos;s inspect answer</translation>
    </message>
    <message>
        <source>create answer</source>
        <translation>create answer</translation>
    </message>
    <message>
        <source>wait answer</source>
        <translation>wait answer</translation>
    </message>
    <message>
        <source>prune answer</source>
        <translation>prune answer</translation>
    </message>
    <message>
        <source>commit answer</source>
        <translation>commit answer</translation>
    </message>
    <message>
        <source>process list</source>
        <translation>process list</translation>
    </message>
    <message>
        <source>system information</source>
        <translation>system information</translation>
    </message>
    <message>
        <source>disk usage</source>
        <translation>disk usage</translation>
    </message>
    <message>
        <source>image list</source>
        <translation>image list</translation>
    </message>
    <message>
        <source>image&apos;s inspect answer</source>
        <translation>image&apos;s inspect answer</translation>
    </message>
    <message>
        <source>image history</source>
        <translation>image history</translation>
    </message>
    <message>
        <source>image removal answer</source>
        <translation>image removal answer</translation>
    </message>
    <message>
        <source>volume list</source>
        <translation>volume list</translation>
    </message>
    <message>
        <source>volume&apos;s inspect answer</source>
        <translation>volume&apos;s inspect answer</translation>
    </message>
    <message>
        <source>volume create answer</source>
        <translation>volume create answer</translation>
    </message>
    <message>
        <source>network list</source>
        <translation>network list</translation>
    </message>
    <message>
        <source>network&apos;s inspect answer</source>
        <translation>network&apos;s inspect answer</translation>
    </message>
    <message>
        <source>image search results</source>
        <translation>image search results</translation>
    </message>
    <message>
        <source>login answer</source>
        <translation>login answer</translation>
    </message>
</context>
<context>
    <name>DockerEventStream</name>
    <message>
        <source>the engine ended the event stream</source>
        <translation>the engine ended the event stream</translation>
    </message>
</context>
<context>
    <name>DockerExecSession</name>
    <message>
        <source>the engine did not name the exec</source>
        <translation>the engine did not name the exec</translation>
    </message>
</context>
<context>
    <name>DockerJsonStream</name>
    <message>
        <source>the engine&apos;s stream is not JSON</source>
        <translation>the engine&apos;s stream is not JSON</translation>
    </message>
</context>
<context>
    <name>DockerLogStream</name>
    <message>
        <source>the log ended inside a frame</source>
        <translation>the log ended inside a frame</translation>
    </message>
</context>
<context>
    <name>DockerSwarmApi</name>
    <message>
        <source>system information</source>
        <translation>system information</translation>
    </message>
    <message>
        <source>only a swarm&apos;s manager can rotate its join tokens</source>
        <translation>only a swarm&apos;s manager can rotate its join tokens</translation>
    </message>
    <message>
        <source>swarm&apos;s node list</source>
        <translation>swarm&apos;s node list</translation>
    </message>
    <message>
        <source>service list</source>
        <translation>service list</translation>
    </message>
    <message>
        <source>service&apos;s inspect answer</source>
        <translation>service&apos;s inspect answer</translation>
    </message>
    <message>
        <source>a service needs an image to run</source>
        <translation>a service needs an image to run</translation>
    </message>
    <message>
        <source>service create answer</source>
        <translation>service create answer</translation>
    </message>
    <message>
        <source>only a replicated service has a number of replicas</source>
        <translation>only a replicated service has a number of replicas</translation>
    </message>
    <message>
        <source>a service cannot have fewer than 0 replicas</source>
        <translation>a service cannot have fewer than 0 replicas</translation>
    </message>
    <message>
        <source>the service has no earlier version to go back to</source>
        <translation>the service has no earlier version to go back to</translation>
    </message>
    <message>
        <source>the service&apos;s spec is not the JSON the API promises</source>
        <translation>the service&apos;s spec is not the JSON the API promises</translation>
    </message>
    <message>
        <source>task list</source>
        <translation>task list</translation>
    </message>
    <message>
        <source>secret list</source>
        <translation>secret list</translation>
    </message>
    <message>
        <source>config list</source>
        <translation>config list</translation>
    </message>
    <message>
        <source>secret create answer</source>
        <translation>secret create answer</translation>
    </message>
    <message>
        <source>config create answer</source>
        <translation>config create answer</translation>
    </message>
    <message>
        <source>swarm&apos;s description</source>
        <translation>swarm&apos;s description</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>The engine address is empty.</source>
        <translation>The engine address is empty.</translation>
    </message>
    <message>
        <source>A unix socket address needs an absolute path: %1</source>
        <translation>A unix socket address needs an absolute path: %1</translation>
    </message>
    <message>
        <source>Not an engine address: %1. Use unix:///path/to/engine.sock.</source>
        <translation>Not an engine address: %1. Use unix:///path/to/engine.sock.</translation>
    </message>
    <message>
        <source>Not an engine address: %1.</source>
        <translation>Not an engine address: %1.</translation>
    </message>
    <message>
        <source>Not a containerd address: %1. Name one namespace with ?namespace=NAME (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;).</source>
        <translation>Not a containerd address: %1. Name one namespace with ?namespace=NAME (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;).</translation>
    </message>
    <message>
        <source>A containerd address over SSH names the remote socket: containerd+ssh://user@host/run/containerd/containerd.sock</source>
        <translation>A containerd address over SSH names the remote socket: containerd+ssh://user@host/run/containerd/containerd.sock</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>this engine has no pods, kube or health-check runs (Podman has them)</source>
        <translation>this engine has no pods, kube or health-check runs (Podman has them)</translation>
    </message>
    <message>
        <source>this engine keeps no build cache of its own</source>
        <translation>this engine keeps no build cache of its own</translation>
    </message>
    <message>
        <source>this engine has no swarm (Docker Engine has one)</source>
        <translation>this engine has no swarm (Docker Engine has one)</translation>
    </message>
</context>
<context>
    <name>EngineCall</name>
    <message>
        <source>the connection was reset</source>
        <translation>the connection was reset</translation>
    </message>
</context>
<context>
    <name>EngineError</name>
    <message>
        <source>There is no engine socket at %1. Start Docker or Podman, or choose another engine address.</source>
        <translation>There is no engine socket at %1. Start Docker or Podman, or choose another engine address.</translation>
    </message>
    <message>
        <source>Permission denied opening %1. Add your user to the group that owns the socket (for Docker, the &quot;docker&quot; group) and log in again.</source>
        <translation>Permission denied opening %1. Add your user to the group that owns the socket (for Docker, the &quot;docker&quot; group) and log in again.</translation>
    </message>
    <message>
        <source>Nothing is accepting connections at %1. The engine may have stopped; start it again.</source>
        <translation>Nothing is accepting connections at %1. The engine may have stopped; start it again.</translation>
    </message>
    <message>
        <source>The engine at %1 did not answer in time. It may be overloaded, or the socket may belong to something that is not an engine.</source>
        <translation>The engine at %1 did not answer in time. It may be overloaded, or the socket may belong to something that is not an engine.</translation>
    </message>
    <message>
        <source>The engine at %1 closed the connection (%2). It may have stopped or restarted.</source>
        <translation>The engine at %1 closed the connection (%2). It may have stopped or restarted.</translation>
    </message>
    <message>
        <source>%1 did not answer like a container engine (%2). Check that the address points at a Docker or Podman socket.</source>
        <translation>%1 did not answer like a container engine (%2). Check that the address points at a Docker or Podman socket.</translation>
    </message>
    <message>
        <source>%1 answered, but not as a Docker or Podman engine (%2). Check the address.</source>
        <translation>%1 answered, but not as a Docker or Podman engine (%2). Check the address.</translation>
    </message>
    <message>
        <source>The engine at %1 cannot be used: %2</source>
        <translation>The engine at %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>The engine refused the request (HTTP %1): %2</source>
        <translation>The engine refused the request (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <source>The answer from %1 was too large to read (%2). The engine may be misbehaving, or something else is listening at that address.</source>
        <translation>The answer from %1 was too large to read (%2). The engine may be misbehaving, or something else is listening at that address.</translation>
    </message>
    <message>
        <source>Cannot reach %1 (%2). Check the address and that the machine is on the network.</source>
        <translation>Cannot reach %1 (%2). Check the address and that the machine is on the network.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. Check the node&apos;s certificates; turn off verification for this node only if you trust the network.</source>
        <translation>The secure connection to %1 failed: %2. Check the node&apos;s certificates; turn off verification for this node only if you trust the network.</translation>
    </message>
    <message>
        <source>SSH does not trust the host key of %1 (%2). Connect once with ssh in a terminal to check and accept the key, or fix known_hosts if the machine was replaced.</source>
        <translation>SSH does not trust the host key of %1 (%2). Connect once with ssh in a terminal to check and accept the key, or fix known_hosts if the machine was replaced.</translation>
    </message>
    <message>
        <source>SSH could not log in to %1 (%2). Check the user name, and that your key is loaded in the agent or named for this node and is in the remote authorized_keys. A key with a passphrase needs the passphrase saved with the node.</source>
        <translation>SSH could not log in to %1 (%2). Check the user name, and that your key is loaded in the agent or named for this node and is in the remote authorized_keys. A key with a passphrase needs the passphrase saved with the node.</translation>
    </message>
    <message>
        <source>The engine cannot tell which registry a short image name comes from (HTTP %1: %2). Write the image with its registry, like docker.io/library/nginx.</source>
        <translation>The engine cannot tell which registry a short image name comes from (HTTP %1: %2). Write the image with its registry, like docker.io/library/nginx.</translation>
    </message>
    <message>
        <source>The name is already in use on the engine (HTTP %1: %2). Choose another name, or remove what has it.</source>
        <translation>The name is already in use on the engine (HTTP %1: %2). Choose another name, or remove what has it.</translation>
    </message>
    <message>
        <source>The image was not found: %1. Check its name and tag, and that the registry has it.</source>
        <translation>The image was not found: %1. Check its name and tag, and that the registry has it.</translation>
    </message>
    <message>
        <source>The image was not found (HTTP %1: %2). Check its name and tag; an image the engine does not have must be pulled first.</source>
        <translation>The image was not found (HTTP %1: %2). Check its name and tag; an image the engine does not have must be pulled first.</translation>
    </message>
    <message>
        <source>Containers use it, so the engine keeps it (HTTP %1: %2). Remove those containers first, or force the removal if none of them is running.</source>
        <translation>Containers use it, so the engine keeps it (HTTP %1: %2). Remove those containers first, or force the removal if none of them is running.</translation>
    </message>
    <message>
        <source>The registry refused access (%1). Log in to the registry with a user that may use this image (Settings → Registries), or check the user name and password.</source>
        <translation>The registry refused access (%1). Log in to the registry with a user that may use this image (Settings → Registries), or check the user name and password.</translation>
    </message>
</context>
<context>
    <name>EngineStream</name>
    <message>
        <source>this engine cannot do that</source>
        <translation>this engine cannot do that</translation>
    </message>
</context>
<context>
    <name>ExecConsole</name>
    <message>
        <source>Console in %1</source>
        <translation>Console in %1</translation>
    </message>
    <message>
        <source>%1 — console in %2</source>
        <translation>%1 — console in %2</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Command:</translation>
    </message>
    <message>
        <source>A shell (bash where there is one, else sh)</source>
        <translation>A shell (bash where there is one, else sh)</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Restart</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>Run the command in the container, in this console</source>
        <translation>Run the command in the container, in this console</translation>
    </message>
    <message>
        <source>Open in &amp;Terminal</source>
        <translation>Open in &amp;Terminal</translation>
    </message>
    <message>
        <source>Run the same in your terminal emulator, with the engine&apos;s own client</source>
        <translation>Run the same in your terminal emulator, with the engine&apos;s own client</translation>
    </message>
    <message>
        <source>The node is gone; close this console.</source>
        <translation>The node is gone; close this console.</translation>
    </message>
    <message>
        <source>Running in %1 on %2. Closing this window ends it.</source>
        <translation>Running in %1 on %2. Closing this window ends it.</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Starting %1…</translation>
    </message>
    <message>
        <source>The command could not run: %1</source>
        <translation>The command could not run: %1</translation>
    </message>
    <message>
        <source>The command exited with code %1. Run starts it again.</source>
        <translation>The command exited with code %1. Run starts it again.</translation>
    </message>
    <message>
        <source>This node cannot be reached with the engine&apos;s own client from a terminal (Podman has no TLS connections).</source>
        <translation>This node cannot be reached with the engine&apos;s own client from a terminal (Podman has no TLS connections).</translation>
    </message>
    <message>
        <source>No terminal emulator was found. Set TERMINAL to yours, or run: %1</source>
        <translation>No terminal emulator was found. Set TERMINAL to yours, or run: %1</translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation>%1 could not be started.</translation>
    </message>
    <message>
        <source>Opened %1 with: %2</source>
        <translation>Opened %1 with: %2</translation>
    </message>
    <message>
        <source>The command cannot be read: %1</source>
        <translation>The command cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>GrpcChannel</name>
    <message>
        <source>containerd answers only Kubernetes&apos; CRI on its own TCP address ([grpc] tcp_address), not its API: reach the node over SSH (containerd+ssh://user@host/run/containerd/containerd.sock), or relay its unix socket to this TCP port</source>
        <translation>containerd answers only Kubernetes&apos; CRI on its own TCP address ([grpc] tcp_address), not its API: reach the node over SSH (containerd+ssh://user@host/run/containerd/containerd.sock), or relay its unix socket to this TCP port</translation>
    </message>
</context>
<context>
    <name>HttpReply</name>
    <message>
        <source>more than %1 MiB</source>
        <translation>more than %1 MiB</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>it is shorter than announced</source>
        <translation>it is shorter than announced</translation>
    </message>
</context>
<context>
    <name>ImageActions</name>
    <message>
        <source>&amp;Image</source>
        <translation>&amp;Image</translation>
    </message>
    <message>
        <source>&amp;Pull…</source>
        <translation>&amp;Pull…</translation>
    </message>
    <message>
        <source>Pull an image onto one or more nodes</source>
        <translation>Pull an image onto one or more nodes</translation>
    </message>
    <message>
        <source>P&amp;ush…</source>
        <translation>P&amp;ush…</translation>
    </message>
    <message>
        <source>Push the selected image to the registry its name begins with</source>
        <translation>Push the selected image to the registry its name begins with</translation>
    </message>
    <message>
        <source>&amp;Run…</source>
        <translation>&amp;Run…</translation>
    </message>
    <message>
        <source>Create a container from the selected image on its node</source>
        <translation>Create a container from the selected image on its node</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>&amp;Tag…</translation>
    </message>
    <message>
        <source>Give the selected image another name</source>
        <translation>Give the selected image another name</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;move…</translation>
    </message>
    <message>
        <source>Remove the selected images</source>
        <translation>Remove the selected images</translation>
    </message>
    <message>
        <source>Pr&amp;une…</source>
        <translation>Pr&amp;une…</translation>
    </message>
    <message>
        <source>Remove images no container uses, showing first what would go</source>
        <translation>Remove images no container uses, showing first what would go</translation>
    </message>
    <message>
        <source>Pulled %1 onto %2.</source>
        <translation>Pulled %1 onto %2.</translation>
    </message>
    <message>
        <source>Pushed %1 from %2.</source>
        <translation>Pushed %1 from %2.</translation>
    </message>
    <message>
        <source>Tagging %1 as %2…</source>
        <translation>Tagging %1 as %2…</translation>
    </message>
    <message>
        <source>Could not tag %1 on %2 as %3: %4</source>
        <translation>Could not tag %1 on %2 as %3: %4</translation>
    </message>
    <message>
        <source>Tagged %1 on %2 as %3.</source>
        <translation>Tagged %1 on %2 as %3.</translation>
    </message>
    <message>
        <source>%1 on %2 is used by running containers: %3. Stop them first.</source>
        <translation>%1 on %2 is used by running containers: %3. Stop them first.</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 on %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Cannot remove %n image(s) that running containers use:</source>
        <translation>
            <numerusform>Cannot remove %n image that running containers use:</numerusform>
            <numerusform>Cannot remove %n images that running containers use:</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove images</source>
        <translation>Remove images</translation>
    </message>
    <message>
        <source>Remove the image %1?</source>
        <translation>Remove the image %1?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n image(s)?</source>
        <translation>
            <numerusform>Remove %n image?</numerusform>
            <numerusform>Remove %n images?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone; a registry may still have it.</source>
        <translation>This cannot be undone; a registry may still have it.</translation>
    </message>
    <message numerus="yes">
        <source>%n of these image(s) are used by stopped containers and removed by force; the engine may remove those containers too:</source>
        <translation>
            <numerusform>%n of these images is used by stopped containers and removed by force; the engine may remove those containers too:</numerusform>
            <numerusform>%n of these images are used by stopped containers and removed by force; the engine may remove those containers too:</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove by Force</source>
        <translation>Remove by Force</translation>
    </message>
    <message>
        <source>Removing %1 from %2…</source>
        <translation>Removing %1 from %2…</translation>
    </message>
    <message>
        <source>Took the name %1 off its image on %2.</source>
        <translation>Took the name %1 off its image on %2.</translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation>Removed %1 from %2.</translation>
    </message>
    <message>
        <source>Cannot remove %1 from %2: a container uses it. %3</source>
        <translation>Cannot remove %1 from %2: a container uses it. %3</translation>
    </message>
    <message>
        <source>Could not remove %1 from %2: %3</source>
        <translation>Could not remove %1 from %2: %3</translation>
    </message>
    <message>
        <source>Pruned images: %1 freed.</source>
        <translation>Pruned images: %1 freed.</translation>
    </message>
    <message numerus="yes">
        <source>Pruned images: %1 freed; %n node(s) failed (the prune dialog says why).</source>
        <translation>
            <numerusform>Pruned images: %1 freed; %n node failed (the prune dialog says why).</numerusform>
            <numerusform>Pruned images: %1 freed; %n nodes failed (the prune dialog says why).</numerusform>
        </translation>
    </message>
    <message>
        <source>The engine of %1 cannot pull images.</source>
        <translation>The engine of %1 cannot pull images.</translation>
    </message>
    <message>
        <source>The engine of %1 cannot remove unused images at once: remove them one by one.</source>
        <translation>The engine of %1 cannot remove unused images at once: remove them one by one.</translation>
    </message>
    <message>
        <source>The engine of %1 cannot push images.</source>
        <translation>The engine of %1 cannot push images.</translation>
    </message>
    <message>
        <source>The engine of %1 cannot give images other names.</source>
        <translation>The engine of %1 cannot give images other names.</translation>
    </message>
</context>
<context>
    <name>ImageBuild</name>
    <message>
        <source>the engine did not name the image it built</source>
        <translation>the engine did not name the image it built</translation>
    </message>
</context>
<context>
    <name>ImageCommands</name>
    <message>
        <source>Log in to the registry as this user.</source>
        <translation>Log in to the registry as this user.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>Read the registry password from standard input.</source>
        <translation>Read the registry password from standard input.</translation>
    </message>
    <message>
        <source>Print nothing but errors.</source>
        <translation>Print nothing but errors.</translation>
    </message>
    <message>
        <source>--password-stdin needs --username.</source>
        <translation>--password-stdin needs --username.</translation>
    </message>
    <message>
        <source>Cannot read the password from standard input.</source>
        <translation>Cannot read the password from standard input.</translation>
    </message>
    <message>
        <source>The saved login could not be read, so this goes without one: %1</source>
        <translation>The saved login could not be read, so this goes without one: %1</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>List images</source>
        <translation>List images</translation>
    </message>
    <message>
        <source>Include intermediate images.</source>
        <translation>Include intermediate images.</translation>
    </message>
    <message>
        <source>REPOSITORY</source>
        <translation>REPOSITORY</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>IMAGE ID</source>
        <translation>IMAGE ID</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREATED</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>Search registries for images</source>
        <translation>Search registries for images</translation>
    </message>
    <message>
        <source>Show at most N results.</source>
        <translation>Show at most N results.</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to 100.</source>
        <translation>--limit takes a whole number from 1 to 100.</translation>
    </message>
    <message>
        <source>this engine cannot search registries</source>
        <translation>this engine cannot search registries</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIPTION</translation>
    </message>
    <message>
        <source>STARS</source>
        <translation>STARS</translation>
    </message>
    <message>
        <source>OFFICIAL</source>
        <translation>OFFICIAL</translation>
    </message>
    <message>
        <source>AUTOMATED</source>
        <translation>AUTOMATED</translation>
    </message>
    <message>
        <source>Show an image&apos;s layers</source>
        <translation>Show an image&apos;s layers</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>IMAGE</translation>
    </message>
    <message>
        <source>CREATED BY</source>
        <translation>CREATED BY</translation>
    </message>
    <message>
        <source>COMMENT</source>
        <translation>COMMENT</translation>
    </message>
    <message>
        <source>Pull an image from a registry</source>
        <translation>Pull an image from a registry</translation>
    </message>
    <message>
        <source>Push an image to a registry</source>
        <translation>Push an image to a registry</translation>
    </message>
    <message>
        <source>Log in to a registry; the password is kept in the desktop keychain</source>
        <translation>Log in to a registry; the password is kept in the desktop keychain</translation>
    </message>
    <message>
        <source>The user to log in as.</source>
        <translation>The user to log in as.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Read the password from standard input.</translation>
    </message>
    <message>
        <source>Use: gontainer-cli login [SERVER] --username USER [--password-stdin]</source>
        <translation>Use: gontainer-cli login [SERVER] --username USER [--password-stdin]</translation>
    </message>
    <message>
        <source>Give the password with --password-stdin, or run this in a terminal to be asked for it.</source>
        <translation>Give the password with --password-stdin, or run this in a terminal to be asked for it.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>The password is empty.</translation>
    </message>
    <message>
        <source>Login Succeeded</source>
        <translation>Login Succeeded</translation>
    </message>
    <message>
        <source>The login to %1 works, but it was not saved: %2</source>
        <translation>The login to %1 works, but it was not saved: %2</translation>
    </message>
    <message>
        <source>Forget the saved login of a registry</source>
        <translation>Forget the saved login of a registry</translation>
    </message>
    <message>
        <source>There is no saved login for %1.</source>
        <translation>There is no saved login for %1.</translation>
    </message>
    <message>
        <source>Removed the saved login for %1.</source>
        <translation>Removed the saved login for %1.</translation>
    </message>
    <message>
        <source>Give an image another name</source>
        <translation>Give an image another name</translation>
    </message>
    <message>
        <source>Remove images</source>
        <translation>Remove images</translation>
    </message>
    <message>
        <source>Remove even if containers use it or it has several names.</source>
        <translation>Remove even if containers use it or it has several names.</translation>
    </message>
    <message>
        <source>Untagged: %1</source>
        <translation>Untagged: %1</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Deleted: %1</translation>
    </message>
    <message>
        <source>Remove dangling (or all unused) images</source>
        <translation>Remove dangling (or all unused) images</translation>
    </message>
    <message>
        <source>Remove every image no container uses, not only dangling ones.</source>
        <translation>Remove every image no container uses, not only dangling ones.</translation>
    </message>
    <message>
        <source>Do it: without this, prune only says what it would do.</source>
        <translation>Do it: without this, prune only says what it would do.</translation>
    </message>
    <message>
        <source>This removes images on %1. Run again with --force to do it.</source>
        <translation>This removes images on %1. Run again with --force to do it.</translation>
    </message>
    <message>
        <source>Reclaimed %1 bytes.</source>
        <translation>Reclaimed %1 bytes.</translation>
    </message>
    <message>
        <source>Build an image from a folder with a Dockerfile</source>
        <translation>Build an image from a folder with a Dockerfile</translation>
    </message>
    <message>
        <source>Name the image.</source>
        <translation>Name the image.</translation>
    </message>
    <message>
        <source>The Dockerfile, relative to PATH (default: Dockerfile).</source>
        <translation>The Dockerfile, relative to PATH (default: Dockerfile).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Set a build argument.</source>
        <translation>Set a build argument.</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>Set a label.</source>
        <translation>Set a label.</translation>
    </message>
    <message>
        <source>Build only up to this stage.</source>
        <translation>Build only up to this stage.</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>STAGE</translation>
    </message>
    <message>
        <source>Do not use the build cache.</source>
        <translation>Do not use the build cache.</translation>
    </message>
    <message>
        <source>Look for newer base images.</source>
        <translation>Look for newer base images.</translation>
    </message>
    <message>
        <source>Print only the new image&apos;s id.</source>
        <translation>Print only the new image&apos;s id.</translation>
    </message>
    <message>
        <source>From here: gontainer-cli nodes rm %1, then gontainer-cli nodes add %1 %2 --allow-plaintext-login.</source>
        <translation>From here: gontainer-cli nodes rm %1, then gontainer-cli nodes add %1 %2 --allow-plaintext-login.</translation>
    </message>
    <message>
        <source>%1 is reached over plain TCP without TLS, so a registry login sent to it could be read by anyone on the network. Use TLS (DOCKER_TLS_VERIFY and DOCKER_CERT_PATH), or add the engine as a node that allows it: gontainer-cli nodes add NAME %1 --allow-plaintext-login.</source>
        <translation>%1 is reached over plain TCP without TLS, so a registry login sent to it could be read by anyone on the network. Use TLS (DOCKER_TLS_VERIFY and DOCKER_CERT_PATH), or add the engine as a node that allows it: gontainer-cli nodes add NAME %1 --allow-plaintext-login.</translation>
    </message>
    <message>
        <source>The saved login for %1 is not sent: %2</source>
        <translation>The saved login for %1 is not sent: %2</translation>
    </message>
</context>
<context>
    <name>ImageDetailsView</name>
    <message>
        <source>Close the details (Esc)</source>
        <translation>Close the details (Esc)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Containers</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspect</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Double-click a container to show it</source>
        <translation>Double-click a container to show it</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <source>Reading the image…</source>
        <translation>Reading the image…</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Names</translation>
    </message>
    <message>
        <source>Digests</source>
        <translation>Digests</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation>Entrypoint</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Working directory</translation>
    </message>
    <message>
        <source>Exposed ports</source>
        <translation>Exposed ports</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Health check</translation>
    </message>
    <message>
        <source>Containers (%1)</source>
        <translation>Containers (%1)</translation>
    </message>
</context>
<context>
    <name>ImageTableModel</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>No container uses this image</source>
        <translation>No container uses this image</translation>
    </message>
    <message>
        <source>Dangling</source>
        <translation>Dangling</translation>
    </message>
    <message>
        <source>No name: a newer image took its name. Prune removes it.</source>
        <translation>No name: a newer image took its name. Prune removes it.</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>Image ID</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Containers</translation>
    </message>
</context>
<context>
    <name>ImagesPage</name>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>&amp;Build…</source>
        <translation>&amp;Build…</translation>
    </message>
    <message>
        <source>Build an image from a Dockerfile (Ctrl+B)</source>
        <translation>Build an image from a Dockerfile (Ctrl+B)</translation>
    </message>
    <message>
        <source>Search repository, tag, ID</source>
        <translation>Search repository, tag, ID</translation>
    </message>
    <message>
        <source>Show the images of one node</source>
        <translation>Show the images of one node</translation>
    </message>
    <message>
        <source>Used or not</source>
        <translation>Used or not</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Unused</translation>
    </message>
    <message>
        <source>Show only images that containers use, or only those none uses</source>
        <translation>Show only images that containers use, or only those none uses</translation>
    </message>
    <message>
        <source>Named or dangling</source>
        <translation>Named or dangling</translation>
    </message>
    <message>
        <source>Dangling</source>
        <translation>Dangling</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Named</translation>
    </message>
    <message>
        <source>Show only images without a name (dangling), or only named ones</source>
        <translation>Show only images without a name (dangling), or only named ones</translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>All nodes</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), %1, %2 unused</source>
        <translation>
            <numerusform>%n image, %1, %2 unused</numerusform>
            <numerusform>%n images, %1, %2 unused</numerusform>
        </translation>
    </message>
    <message>
        <source>No image matches the search and filters.
Clear the search, or choose &quot;All nodes&quot;, &quot;Used or not&quot; and &quot;Named or dangling&quot; in the filters.</source>
        <translation>No image matches the search and filters.
Clear the search, or choose &quot;All nodes&quot;, &quot;Used or not&quot; and &quot;Named or dangling&quot; in the filters.</translation>
    </message>
    <message>
        <source>No nodes.</source>
        <translation>No nodes.</translation>
    </message>
    <message>
        <source>No images yet.
Images you pull or build appear here as soon as they exist.</source>
        <translation>No images yet.
Images you pull or build appear here as soon as they exist.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>No node can be reached.</source>
        <translation>No node can be reached.</translation>
    </message>
    <message>
        <source>Created %1 on %2.</source>
        <translation>Created %1 on %2.</translation>
    </message>
    <message>
        <source>No node&apos;s engine builds images: add a Docker or Podman node, or build with nerdctl build on the machine.</source>
        <translation>No node&apos;s engine builds images: add a Docker or Podman node, or build with nerdctl build on the machine.</translation>
    </message>
</context>
<context>
    <name>ImportNodesDialog</name>
    <message>
        <source>Import Nodes</source>
        <translation>Import Nodes</translation>
    </message>
    <message>
        <source>There is nothing new to import: every Docker context and Podman connection found is already a node, or cannot be used.</source>
        <translation>There is nothing new to import: every Docker context and Podman connection found is already a node, or cannot be used.</translation>
    </message>
    <message>
        <source>These Docker contexts and Podman connections are not nodes yet. Choose the ones to add:</source>
        <translation>These Docker contexts and Podman connections are not nodes yet. Choose the ones to add:</translation>
    </message>
    <message>
        <source>%1 — %2 (from %3)</source>
        <translation>%1 — %2 (from %3)</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Left out:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>JsonView</name>
    <message>
        <source>Find in the JSON (Ctrl+F)</source>
        <translation>Find in the JSON (Ctrl+F)</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Previous match (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Next match (Enter, F3)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the selection, or all of the JSON when nothing is selected</source>
        <translation>Copy the selection, or all of the JSON when nothing is selected</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
</context>
<context>
    <name>KubeYamlDialog</name>
    <message>
        <source>Kube YAML of %1</source>
        <translation>Kube YAML of %1</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Generating…</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <source>The node is gone.</source>
        <translation>The node is gone.</translation>
    </message>
    <message>
        <source>Play this YAML on a node with pods to make the same pods again, or apply it to a Kubernetes cluster.</source>
        <translation>Play this YAML on a node with pods to make the same pods again, or apply it to a Kubernetes cluster.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>Save Kube YAML</source>
        <translation>Save Kube YAML</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>YAML files (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>LayerProgressView</name>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Waiting for the layers&apos; sizes…</source>
        <translation>Waiting for the layers&apos; sizes…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>LocalEngineLocator</name>
    <message>
        <source>Looking for a local container engine…</source>
        <translation>Looking for a local container engine…</translation>
    </message>
    <message>
        <source>Waiting for the Podman service Gontainer started…</source>
        <translation>Waiting for the Podman service Gontainer started…</translation>
    </message>
    <message>
        <source>No container engine answered at %1, and Podman is not installed. Install Docker or Podman, or start the engine, then retry.</source>
        <translation>No container engine answered at %1, and Podman is not installed. Install Docker or Podman, or start the engine, then retry.</translation>
    </message>
    <message>
        <source>Could not create %1 for a Podman service.</source>
        <translation>Could not create %1 for a Podman service.</translation>
    </message>
    <message>
        <source>No engine is running; starting a Podman service for this session…</source>
        <translation>No engine is running; starting a Podman service for this session…</translation>
    </message>
    <message>
        <source>podman exited with code %1</source>
        <translation>podman exited with code %1</translation>
    </message>
    <message>
        <source>Podman service</source>
        <translation>Podman service</translation>
    </message>
    <message>
        <source>Could not start a Podman service: %1.</source>
        <translation>Could not start a Podman service: %1.</translation>
    </message>
    <message>
        <source>podman was stopped by a signal</source>
        <translation>podman was stopped by a signal</translation>
    </message>
    <message numerus="yes">
        <source>The Podman service Gontainer started keeps stopping (%1); it was started again %n time(s) in a short while, so Gontainer gave up. Look at the message below, then retry.</source>
        <translation>
            <numerusform>The Podman service Gontainer started keeps stopping (%1); it was started again %n time in a short while, so Gontainer gave up. Look at the message below, then retry.</numerusform>
            <numerusform>The Podman service Gontainer started keeps stopping (%1); it was started again %n times in a short while, so Gontainer gave up. Look at the message below, then retry.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message numerus="yes">
        <source>[… %n more byte(s) — copy or save the line to see it whole]</source>
        <translation>
            <numerusform>[… %n more byte — copy or save the line to see it whole]</numerusform>
            <numerusform>[… %n more bytes — copy or save the line to see it whole]</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2 at %3</source>
        <translation>%1 on %2 at %3</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Follow</source>
        <translation>Follow</translation>
    </message>
    <message>
        <source>Keep showing new lines. Scrolling up pauses this; scrolling to the end resumes it.</source>
        <translation>Keep showing new lines. Scrolling up pauses this; scrolling to the end resumes it.</translation>
    </message>
    <message>
        <source>Last </source>
        <translation>Last </translation>
    </message>
    <message>
        <source> lines</source>
        <translation> lines</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>All lines</translation>
    </message>
    <message>
        <source>How many of the last lines to read first</source>
        <translation>How many of the last lines to read first</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Only lines logged from this time on</source>
        <translation>Only lines logged from this time on</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Times</translation>
    </message>
    <message>
        <source>Show when the engine logged each line</source>
        <translation>Show when the engine logged each line</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Wrap</translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation>Wrap long lines</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colours</translation>
    </message>
    <message>
        <source>Show the colours the container prints; off shows plain text</source>
        <translation>Show the colours the container prints; off shows plain text</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save Shown Lines…</source>
        <translation>Save Shown Lines…</translation>
    </message>
    <message>
        <source>Save All Lines…</source>
        <translation>Save All Lines…</translation>
    </message>
    <message>
        <source>Search the log (Ctrl+F)</source>
        <translation>Search the log (Ctrl+F)</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regular expression</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Match case</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3 or Enter)</source>
        <translation>Next match (F3 or Enter)</translation>
    </message>
    <message>
        <source>Only matching lines</source>
        <translation>Only matching lines</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources:</translation>
    </message>
    <message>
        <source>(removed node)</source>
        <translation>(removed node)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Not a valid expression: %1</source>
        <translation>Not a valid expression: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>No matches</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match(es)</numerusform>
            <numerusform>%n match(es)</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>reading</translation>
    </message>
    <message>
        <source>following</source>
        <translation>following</translation>
    </message>
    <message>
        <source>node offline: resumes where it left off when the node is back</source>
        <translation>node offline: resumes where it left off when the node is back</translation>
    </message>
    <message>
        <source>waiting for the engine</source>
        <translation>waiting for the engine</translation>
    </message>
    <message>
        <source>exited with code %1: follows again if it starts</source>
        <translation>exited with code %1: follows again if it starts</translation>
    </message>
    <message>
        <source>end of the log</source>
        <translation>end of the log</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>stopped: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 on %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not reading a log.</source>
        <translation>Not reading a log.</translation>
    </message>
    <message>
        <source>Save All Lines</source>
        <translation>Save All Lines</translation>
    </message>
    <message>
        <source>Save Shown Lines</source>
        <translation>Save Shown Lines</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>Log files (*.log *.txt)</translation>
    </message>
    <message>
        <source>Saving to %1…</source>
        <translation>Saving to %1…</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>Could not save to %1: %2. Choose another place.</source>
        <translation>Could not save to %1: %2. Choose another place.</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Copy Selected Lines</source>
        <translation>Copy Selected Lines</translation>
    </message>
    <message>
        <source>Keep at Most %1 Lines…</source>
        <translation>Keep at Most %1 Lines…</translation>
    </message>
    <message>
        <source>Lines Kept</source>
        <translation>Lines Kept</translation>
    </message>
    <message>
        <source>Keep at most this many lines; the oldest go when more come. A million lines take about 130 MiB.</source>
        <translation>Keep at most this many lines; the oldest go when more come. A million lines take about 130 MiB.</translation>
    </message>
    <message>
        <source>%1 is not a folder that can be written to</source>
        <translation>%1 is not a folder that can be written to</translation>
    </message>
    <message numerus="yes">
        <source>%n new line(s) ↓</source>
        <translation>
            <numerusform>%n new line ↓</numerusform>
            <numerusform>%n new lines ↓</numerusform>
        </translation>
    </message>
    <message>
        <source>End ↓</source>
        <translation>End ↓</translation>
    </message>
    <message>
        <source>Go to the newest line and follow (Ctrl+End)</source>
        <translation>Go to the newest line and follow (Ctrl+End)</translation>
    </message>
</context>
<context>
    <name>LogWindow</name>
    <message>
        <source>Logs of %1</source>
        <translation>Logs of %1</translation>
    </message>
    <message numerus="yes">
        <source>Logs of %n container(s): %1</source>
        <translation>
            <numerusform>Logs of %n container: %1</numerusform>
            <numerusform>Logs of %n containers: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Gontainer</source>
        <translation>Gontainer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Gontainer</source>
        <translation>&amp;About Gontainer</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>Retry &amp;now</source>
        <translation>Retry &amp;now</translation>
    </message>
    <message>
        <source>About Gontainer</source>
        <translation>About Gontainer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gontainer %1&lt;/h3&gt;&lt;p&gt;See and run the containers of many machines from one window.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gontainer %1&lt;/h3&gt;&lt;p&gt;See and run the containers of many machines from one window.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reconnect to the nodes and read their containers again</source>
        <translation>Reconnect to the nodes and read their containers again</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n node(s) online</source>
        <translation>
            <numerusform>%1 of %n node online</numerusform>
            <numerusform>%1 of %n nodes online</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is offline: %2</source>
        <translation>%1 is offline: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) offline: %1. Point at a node in the list to see why.</source>
        <translation>
            <numerusform>%n node offline: %1. Point at a node in the list to see why.</numerusform>
            <numerusform>%n nodes offline: %1. Point at a node in the list to see why.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their containers show the last known state, and Gontainer keeps trying to reconnect.</source>
        <translation>Their containers show the last known state, and Gontainer keeps trying to reconnect.</translation>
    </message>
    <message>
        <source>&amp;Registries…</source>
        <translation>&amp;Registries…</translation>
    </message>
    <message>
        <source>The registry logins used to pull and push images</source>
        <translation>The registry logins used to pull and push images</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>&amp;Follow the desktop</source>
        <translation>&amp;Follow the desktop</translation>
    </message>
    <message>
        <source>Keep Running in the &amp;Tray When Closed</source>
        <translation>Keep Running in the &amp;Tray When Closed</translation>
    </message>
    <message>
        <source>Closing the window hides it; the nodes are still watched and problems notified</source>
        <translation>Closing the window hides it; the nodes are still watched and problems notified</translation>
    </message>
    <message>
        <source>Start &amp;Hidden in the Tray</source>
        <translation>Start &amp;Hidden in the Tray</translation>
    </message>
    <message>
        <source>Gontainer is still running</source>
        <translation>Gontainer is still running</translation>
    </message>
    <message>
        <source>It keeps watching your nodes and tells you of problems. Open it again from its icon in the tray; quit from the icon&apos;s menu.</source>
        <translation>It keeps watching your nodes and tells you of problems. Open it again from its icon in the tray; quit from the icon&apos;s menu.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>Language, theme, the tray, starting at login and which problems are notified</source>
        <translation>Language, theme, the tray, starting at login and which problems are notified</translation>
    </message>
</context>
<context>
    <name>NetworkActions</name>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Network</translation>
    </message>
    <message>
        <source>&amp;New Network…</source>
        <translation>&amp;New Network…</translation>
    </message>
    <message>
        <source>Create a network on a node</source>
        <translation>Create a network on a node</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>&amp;Inspect</translation>
    </message>
    <message>
        <source>Show the selected network&apos;s details and the engine&apos;s JSON</source>
        <translation>Show the selected network&apos;s details and the engine&apos;s JSON</translation>
    </message>
    <message>
        <source>&amp;Connect a Container…</source>
        <translation>&amp;Connect a Container…</translation>
    </message>
    <message>
        <source>Attach a container to the selected network</source>
        <translation>Attach a container to the selected network</translation>
    </message>
    <message>
        <source>&amp;Disconnect a Container…</source>
        <translation>&amp;Disconnect a Container…</translation>
    </message>
    <message>
        <source>Detach a container from the selected network</source>
        <translation>Detach a container from the selected network</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;move…</translation>
    </message>
    <message>
        <source>Remove the selected networks</source>
        <translation>Remove the selected networks</translation>
    </message>
    <message>
        <source>Pr&amp;une…</source>
        <translation>Pr&amp;une…</translation>
    </message>
    <message>
        <source>Remove the networks no container is attached to, showing first which</source>
        <translation>Remove the networks no container is attached to, showing first which</translation>
    </message>
    <message>
        <source>Created the network %1 on %2.</source>
        <translation>Created the network %1 on %2.</translation>
    </message>
    <message>
        <source>Connecting %1 to %2…</source>
        <translation>Connecting %1 to %2…</translation>
    </message>
    <message>
        <source>Could not connect %1 to %2 on %3: %4</source>
        <translation>Could not connect %1 to %2 on %3: %4</translation>
    </message>
    <message>
        <source>Connected %1 to %2 on %3.</source>
        <translation>Connected %1 to %2 on %3.</translation>
    </message>
    <message>
        <source>No container is attached to %1.</source>
        <translation>No container is attached to %1.</translation>
    </message>
    <message>
        <source>Disconnect a Container</source>
        <translation>Disconnect a Container</translation>
    </message>
    <message>
        <source>Detach from %1:</source>
        <translation>Detach from %1:</translation>
    </message>
    <message>
        <source>Disconnecting %1 from %2…</source>
        <translation>Disconnecting %1 from %2…</translation>
    </message>
    <message>
        <source>Could not disconnect %1 from %2 on %3: %4</source>
        <translation>Could not disconnect %1 from %2 on %3: %4</translation>
    </message>
    <message>
        <source>Disconnected %1 from %2 on %3.</source>
        <translation>Disconnected %1 from %2 on %3.</translation>
    </message>
    <message>
        <source>%1 on %2 is the engine&apos;s own network; it cannot be removed.</source>
        <translation>%1 on %2 is the engine&apos;s own network; it cannot be removed.</translation>
    </message>
    <message>
        <source>%1 on %2 has containers attached: %3. Disconnect or remove them first.</source>
        <translation>%1 on %2 has containers attached: %3. Disconnect or remove them first.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message numerus="yes">
        <source>Cannot remove %n network(s):</source>
        <translation>
            <numerusform>Cannot remove %n network:</numerusform>
            <numerusform>Cannot remove %n networks:</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove networks</source>
        <translation>Remove networks</translation>
    </message>
    <message>
        <source>Remove the network %1?</source>
        <translation>Remove the network %1?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n network(s)?</source>
        <translation>
            <numerusform>Remove %n network?</numerusform>
            <numerusform>Remove %n networks?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Removing %1 from %2…</source>
        <translation>Removing %1 from %2…</translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation>Removed %1 from %2.</translation>
    </message>
    <message>
        <source>Cannot remove %1 from %2: containers are attached to it: %3. Disconnect or remove them first.</source>
        <translation>Cannot remove %1 from %2: containers are attached to it: %3. Disconnect or remove them first.</translation>
    </message>
    <message>
        <source>Could not remove %1 from %2: %3</source>
        <translation>Could not remove %1 from %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No unused networks: every network has containers attached, or is the engine&apos;s own.</source>
        <translation>No unused networks: every network has containers attached, or is the engine&apos;s own.</translation>
    </message>
    <message>
        <source>Prune networks</source>
        <translation>Prune networks</translation>
    </message>
    <message>
        <source>Remove the networks no container is attached to?</source>
        <translation>Remove the networks no container is attached to?</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>Prune</translation>
    </message>
    <message>
        <source>Pruning the networks of %1…</source>
        <translation>Pruning the networks of %1…</translation>
    </message>
    <message>
        <source>Could not prune the networks of %1: %2</source>
        <translation>Could not prune the networks of %1: %2</translation>
    </message>
    <message>
        <source>Pruned %1: no network was unused.</source>
        <translation>Pruned %1: no network was unused.</translation>
    </message>
    <message numerus="yes">
        <source>Pruned %n network(s) from %1: %2</source>
        <translation>
            <numerusform>Pruned %n network from %1: %2</numerusform>
            <numerusform>Pruned %n networks from %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkCommands</name>
    <message>
        <source>--gateway and --ip-range need the --subnet they belong to.</source>
        <translation>--gateway and --ip-range need the --subnet they belong to.</translation>
    </message>
    <message>
        <source>The subnet %1 has two values of %2: %3 and %4.</source>
        <translation>The subnet %1 has two values of %2: %3 and %4.</translation>
    </message>
    <message>
        <source>%1 %2 is in none of the subnets %3.</source>
        <translation>%1 %2 is in none of the subnets %3.</translation>
    </message>
    <message>
        <source>Create a network</source>
        <translation>Create a network</translation>
    </message>
    <message>
        <source>The network driver (default: bridge).</source>
        <translation>The network driver (default: bridge).</translation>
    </message>
    <message>
        <source>DRIVER</source>
        <translation>DRIVER</translation>
    </message>
    <message>
        <source>A subnet in CIDR form, such as 10.1.0.0/24 (repeat for more).</source>
        <translation>A subnet in CIDR form, such as 10.1.0.0/24 (repeat for more).</translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <source>The gateway of a subnet: an address inside it (repeat for more).</source>
        <translation>The gateway of a subnet: an address inside it (repeat for more).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>Give containers addresses from this part of a subnet, in CIDR form (repeat for more).</source>
        <translation>Give containers addresses from this part of a subnet, in CIDR form (repeat for more).</translation>
    </message>
    <message>
        <source>No way out of the network.</source>
        <translation>No way out of the network.</translation>
    </message>
    <message>
        <source>Give containers IPv6 addresses too.</source>
        <translation>Give containers IPv6 addresses too.</translation>
    </message>
    <message>
        <source>Let standalone containers join (swarm overlay networks).</source>
        <translation>Let standalone containers join (swarm overlay networks).</translation>
    </message>
    <message>
        <source>Set a label (repeat for more).</source>
        <translation>Set a label (repeat for more).</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>Use: gontainer-cli network create NAME [--driver DRIVER] [--subnet CIDR [--gateway ADDRESS] [--ip-range CIDR]] [--internal] [--ipv6] [--label KEY=VALUE]</source>
        <translation>Use: gontainer-cli network create NAME [--driver DRIVER] [--subnet CIDR [--gateway ADDRESS] [--ip-range CIDR]] [--internal] [--ipv6] [--label KEY=VALUE]</translation>
    </message>
    <message>
        <source>Show networks&apos; full details as JSON</source>
        <translation>Show networks&apos; full details as JSON</translation>
    </message>
    <message>
        <source>Remove networks</source>
        <translation>Remove networks</translation>
    </message>
    <message>
        <source>Containers attached to %1: %2. Disconnect them (gontainer-cli network disconnect %1 CONTAINER) or remove them first.</source>
        <translation>Containers attached to %1: %2. Disconnect them (gontainer-cli network disconnect %1 CONTAINER) or remove them first.</translation>
    </message>
    <message>
        <source>Remove the networks no container uses</source>
        <translation>Remove the networks no container uses</translation>
    </message>
    <message>
        <source>This removes every network no container uses on %1.</source>
        <translation>This removes every network no container uses on %1.</translation>
    </message>
    <message>
        <source>Deleted networks:</source>
        <translation>Deleted networks:</translation>
    </message>
    <message>
        <source>Connect a container to a network</source>
        <translation>Connect a container to a network</translation>
    </message>
    <message>
        <source>Another name of the container on this network (repeat for more).</source>
        <translation>Another name of the container on this network (repeat for more).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Use: gontainer-cli network connect NETWORK CONTAINER [--alias NAME]</source>
        <translation>Use: gontainer-cli network connect NETWORK CONTAINER [--alias NAME]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an alias: it begins with a letter or digit and holds only letters, digits and _ . -</source>
        <translation>&quot;%1&quot; cannot be an alias: it begins with a letter or digit and holds only letters, digits and _ . -</translation>
    </message>
    <message>
        <source>Disconnect a container from a network</source>
        <translation>Disconnect a container from a network</translation>
    </message>
    <message>
        <source>Disconnect even if the container is not running as expected.</source>
        <translation>Disconnect even if the container is not running as expected.</translation>
    </message>
    <message>
        <source>Use: gontainer-cli network disconnect NETWORK CONTAINER [--force]</source>
        <translation>Use: gontainer-cli network disconnect NETWORK CONTAINER [--force]</translation>
    </message>
</context>
<context>
    <name>NetworkDetailsView</name>
    <message>
        <source>Close the details (Esc)</source>
        <translation>Close the details (Esc)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspect</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Double-click a container to show it</source>
        <translation>Double-click a container to show it</translation>
    </message>
    <message>
        <source>&amp;Connect a Container…</source>
        <translation>&amp;Connect a Container…</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Disconnect</translation>
    </message>
    <message>
        <source>Detach the chosen container from this network</source>
        <translation>Detach the chosen container from this network</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <source>Reading the network…</source>
        <translation>Reading the network…</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subnet</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>IP range</source>
        <translation>IP range</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>Yes: no way out to other networks</source>
        <translation>Yes: no way out to other networks</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Attachable</source>
        <translation>Attachable</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Containers</translation>
    </message>
    <message>
        <source>Containers (%1)</source>
        <translation>Containers (%1)</translation>
    </message>
</context>
<context>
    <name>NetworkOperations</name>
    <message>
        <source>containers are attached to it: %1</source>
        <translation>containers are attached to it: %1</translation>
    </message>
</context>
<context>
    <name>NetworkTableModel</name>
    <message>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>Containers on it reach each other, but not the outside world</source>
        <translation>Containers on it reach each other, but not the outside world</translation>
    </message>
    <message>
        <source>No container is attached to this network</source>
        <translation>No container is attached to this network</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subnet</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Containers</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>NetworkValidation</name>
    <message>
        <source>Give the network a name.</source>
        <translation>Give the network a name.</translation>
    </message>
    <message>
        <source>A name begins with a letter or digit and has only letters, digits and _ . - after it.</source>
        <translation>A name begins with a letter or digit and has only letters, digits and _ . - after it.</translation>
    </message>
    <message>
        <source>The node already has a network named %1; choose another name.</source>
        <translation>The node already has a network named %1; choose another name.</translation>
    </message>
    <message>
        <source>Write the subnet as an address and a prefix length, like 10.10.0.0/16 or fd00:10::/64.</source>
        <translation>Write the subnet as an address and a prefix length, like 10.10.0.0/16 or fd00:10::/64.</translation>
    </message>
    <message>
        <source>A /%1 subnet has no room for a gateway and a container; use /%2 or less.</source>
        <translation>A /%1 subnet has no room for a gateway and a container; use /%2 or less.</translation>
    </message>
    <message>
        <source>The subnet&apos;s address has host bits set; it should be %1.</source>
        <translation>The subnet&apos;s address has host bits set; it should be %1.</translation>
    </message>
    <message>
        <source>Write the gateway as one address, like 10.10.0.1, without a prefix length.</source>
        <translation>Write the gateway as one address, like 10.10.0.1, without a prefix length.</translation>
    </message>
    <message>
        <source>Give a subnet before a gateway.</source>
        <translation>Give a subnet before a gateway.</translation>
    </message>
    <message>
        <source>The gateway %1 is outside the subnet %2.</source>
        <translation>The gateway %1 is outside the subnet %2.</translation>
    </message>
    <message>
        <source>The gateway cannot be the subnet&apos;s own address %1.</source>
        <translation>The gateway cannot be the subnet&apos;s own address %1.</translation>
    </message>
    <message>
        <source>The gateway cannot be the subnet&apos;s broadcast address %1.</source>
        <translation>The gateway cannot be the subnet&apos;s broadcast address %1.</translation>
    </message>
    <message>
        <source>Write the IP range as an address and a prefix length, like 10.10.5.0/24.</source>
        <translation>Write the IP range as an address and a prefix length, like 10.10.5.0/24.</translation>
    </message>
    <message>
        <source>Give a subnet before an IP range.</source>
        <translation>Give a subnet before an IP range.</translation>
    </message>
    <message>
        <source>The IP range %1 is outside the subnet %2.</source>
        <translation>The IP range %1 is outside the subnet %2.</translation>
    </message>
    <message>
        <source>The range&apos;s address has host bits set; it should be %1.</source>
        <translation>The range&apos;s address has host bits set; it should be %1.</translation>
    </message>
    <message>
        <source>The subnet overlaps %1 of the network %2 on this node; choose addresses no other network uses.</source>
        <translation>The subnet overlaps %1 of the network %2 on this node; choose addresses no other network uses.</translation>
    </message>
    <message>
        <source>Write one address, like 10.10.0.5, without a prefix length.</source>
        <translation>Write one address, like 10.10.0.5, without a prefix length.</translation>
    </message>
    <message>
        <source>This network has no subnet to choose an address in.</source>
        <translation>This network has no subnet to choose an address in.</translation>
    </message>
    <message>
        <source>The address %1 is outside the network&apos;s subnet %2.</source>
        <translation>The address %1 is outside the network&apos;s subnet %2.</translation>
    </message>
    <message>
        <source>%1 is the subnet&apos;s own address; choose another.</source>
        <translation>%1 is the subnet&apos;s own address; choose another.</translation>
    </message>
    <message>
        <source>%1 is the subnet&apos;s broadcast address; choose another.</source>
        <translation>%1 is the subnet&apos;s broadcast address; choose another.</translation>
    </message>
    <message>
        <source>%1 is the network&apos;s gateway; choose another address.</source>
        <translation>%1 is the network&apos;s gateway; choose another address.</translation>
    </message>
    <message>
        <source>The subnets %1 and %2 overlap.</source>
        <translation>The subnets %1 and %2 overlap.</translation>
    </message>
</context>
<context>
    <name>NetworksPage</name>
    <message>
        <source>Networks</source>
        <translation>Networks</translation>
    </message>
    <message>
        <source>Search name, driver, subnet, gateway</source>
        <translation>Search name, driver, subnet, gateway</translation>
    </message>
    <message>
        <source>Show the networks of one node</source>
        <translation>Show the networks of one node</translation>
    </message>
    <message>
        <source>Used or not</source>
        <translation>Used or not</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Unused</translation>
    </message>
    <message>
        <source>Show only networks with containers attached, or only those without</source>
        <translation>Show only networks with containers attached, or only those without</translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>All nodes</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s), %1 unused</source>
        <translation>
            <numerusform>%n network, %1 unused</numerusform>
            <numerusform>%n networks, %1 unused</numerusform>
        </translation>
    </message>
    <message>
        <source>No network matches the search and filters.
Clear the search, or choose &quot;All nodes&quot; and &quot;Used or not&quot; in the filters.</source>
        <translation>No network matches the search and filters.
Clear the search, or choose &quot;All nodes&quot; and &quot;Used or not&quot; in the filters.</translation>
    </message>
    <message>
        <source>No nodes.</source>
        <translation>No nodes.</translation>
    </message>
    <message>
        <source>No networks yet.
Create one with New Network (Ctrl+N).</source>
        <translation>No networks yet.
Create one with New Network (Ctrl+N).</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>No node can be reached.</source>
        <translation>No node can be reached.</translation>
    </message>
    <message>
        <source>No node&apos;s engine has networks: containers there use the host&apos;s network or none. Add a Docker or Podman node to manage networks.</source>
        <translation>No node&apos;s engine has networks: containers there use the host&apos;s network or none. Add a Docker or Podman node to manage networks.</translation>
    </message>
</context>
<context>
    <name>NodeConfig</name>
    <message>
        <source>Give the node a name.</source>
        <translation>Give the node a name.</translation>
    </message>
    <message>
        <source>Enter the engine&apos;s address, for example unix:///run/podman/podman.sock, tcp://host:2376 or ssh://user@host.</source>
        <translation>Enter the engine&apos;s address, for example unix:///run/podman/podman.sock, tcp://host:2376 or ssh://user@host.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read.</source>
        <translation>The key file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The folder %1 has no ca.pem, cert.pem or key.pem: choose the folder that holds them, as DOCKER_CERT_PATH does.</source>
        <translation>The folder %1 has no ca.pem, cert.pem or key.pem: choose the folder that holds them, as DOCKER_CERT_PATH does.</translation>
    </message>
    <message>
        <source>The folder %1 has %2 but not %3: a client certificate needs both.</source>
        <translation>The folder %1 has %2 but not %3: a client certificate needs both.</translation>
    </message>
    <message>
        <source>Not encrypted: this node is reached over plain TCP without TLS. Anyone on the network can read what is sent to the engine and take control of it.</source>
        <translation>Not encrypted: this node is reached over plain TCP without TLS. Anyone on the network can read what is sent to the engine and take control of it.</translation>
    </message>
    <message>
        <source>Registry logins are sent to it all the same, as chosen in its settings.</source>
        <translation>Registry logins are sent to it all the same, as chosen in its settings.</translation>
    </message>
    <message>
        <source>Registry logins are not sent to it.</source>
        <translation>Registry logins are not sent to it.</translation>
    </message>
    <message>
        <source>The engine&apos;s certificate is not checked: the connection is encrypted, but anyone on the network could pose as this engine.</source>
        <translation>The engine&apos;s certificate is not checked: the connection is encrypted, but anyone on the network could pose as this engine.</translation>
    </message>
    <message>
        <source>The node %1 is reached over plain TCP without TLS, so a registry login sent to it could be read by anyone on the network. Turn on TLS for the node, or allow logins over plain TCP in the node&apos;s settings (Nodes page, Edit).</source>
        <translation>The node %1 is reached over plain TCP without TLS, so a registry login sent to it could be read by anyone on the network. Turn on TLS for the node, or allow logins over plain TCP in the node&apos;s settings (Nodes page, Edit).</translation>
    </message>
</context>
<context>
    <name>NodeConnection</name>
    <message>
        <source>no answer to a health check for %1 s</source>
        <translation>no answer to a health check for %1 s</translation>
    </message>
    <message>
        <source>no answer to the health check for over %1 s</source>
        <translation>no answer to the health check for over %1 s</translation>
    </message>
</context>
<context>
    <name>NodeDialog</name>
    <message>
        <source>Add Node</source>
        <translation>Add Node</translation>
    </message>
    <message>
        <source>Edit Node</source>
        <translation>Edit Node</translation>
    </message>
    <message>
        <source>build server, laptop, …</source>
        <translation>build server, laptop, …</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>An engine socket on this computer</source>
        <translation>An engine socket on this computer</translation>
    </message>
    <message>
        <source>A remote engine over TCP (TLS)</source>
        <translation>A remote engine over TCP (TLS)</translation>
    </message>
    <message>
        <source>A remote engine over SSH</source>
        <translation>A remote engine over SSH</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Connection:</translation>
    </message>
    <message>
        <source>&amp;Socket:</source>
        <translation>&amp;Socket:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Use &amp;TLS (recommended; without it anyone on the network can control the engine)</source>
        <translation>Use &amp;TLS (recommended; without it anyone on the network can control the engine)</translation>
    </message>
    <message>
        <source>&amp;Certificates folder:</source>
        <translation>&amp;Certificates folder:</translation>
    </message>
    <message>
        <source>The folder with ca.pem, cert.pem and key.pem</source>
        <translation>The folder with ca.pem, cert.pem and key.pem</translation>
    </message>
    <message>
        <source>Do not &amp;verify the engine&apos;s certificate (unsafe)</source>
        <translation>Do not &amp;verify the engine&apos;s certificate (unsafe)</translation>
    </message>
    <message>
        <source>As your ssh configuration says</source>
        <translation>As your ssh configuration says</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Empty for Docker; /run/podman/podman.sock for Podman</source>
        <translation>Empty for Docker; /run/podman/podman.sock for Podman</translation>
    </message>
    <message>
        <source>Remote &amp;socket:</source>
        <translation>Remote &amp;socket:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Key file:</translation>
    </message>
    <message>
        <source>Empty: the ssh agent&apos;s and configuration&apos;s keys</source>
        <translation>Empty: the ssh agent&apos;s and configuration&apos;s keys</translation>
    </message>
    <message>
        <source>Only for a key with a passphrase; kept in the keychain</source>
        <translation>Only for a key with a passphrase; kept in the keychain</translation>
    </message>
    <message>
        <source>Key pass&amp;phrase:</source>
        <translation>Key pass&amp;phrase:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Test Connection</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Saved in the keychain; type to replace it</source>
        <translation>Saved in the keychain; type to replace it</translation>
    </message>
    <message>
        <source>There is already a node called %1: choose another name.</source>
        <translation>There is already a node called %1: choose another name.</translation>
    </message>
    <message>
        <source>A passphrase goes with a key file: choose the key it unlocks.</source>
        <translation>A passphrase goes with a key file: choose the key it unlocks.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>The passphrase could not be kept in the keychain: %1</source>
        <translation>The passphrase could not be kept in the keychain: %1</translation>
    </message>
    <message>
        <source>Connected: %1 %2, API %3.</source>
        <translation>Connected: %1 %2, API %3.</translation>
    </message>
    <message numerus="yes">
        <source>No answer in %n second(s).</source>
        <translation>
            <numerusform>No answer in %n second.</numerusform>
            <numerusform>No answer in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The node was not saved: its key&apos;s passphrase could not be kept in the keychain. %1</source>
        <translation>The node was not saved: its key&apos;s passphrase could not be kept in the keychain. %1</translation>
    </message>
    <message>
        <source>Allow registry &amp;logins over this unencrypted connection (unsafe: anyone on the network can read the password)</source>
        <translation>Allow registry &amp;logins over this unencrypted connection (unsafe: anyone on the network can read the password)</translation>
    </message>
    <message>
        <source>Without TLS, a registry user name and password sent with a pull or push can be read by anyone on the network between this computer and the engine. Leave this off and pulls and pushes that need a login are refused on this node.</source>
        <translation>Without TLS, a registry user name and password sent with a pull or push can be read by anyone on the network between this computer and the engine. Leave this off and pulls and pushes that need a login are refused on this node.</translation>
    </message>
    <message>
        <source>Docker or Podman</source>
        <translation>Docker or Podman</translation>
    </message>
    <message>
        <source>containerd</source>
        <translation>containerd</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Engine:</translation>
    </message>
    <message>
        <source>All namespaces</source>
        <translation>All namespaces</translation>
    </message>
    <message>
        <source>Empty: every namespace of the node (default first; Docker&apos;s own moby namespace is shown but not acted on). Or one namespace, such as default or k8s.io.</source>
        <translation>Empty: every namespace of the node (default first; Docker&apos;s own moby namespace is shown but not acted on). Or one namespace, such as default or k8s.io.</translation>
    </message>
    <message>
        <source>Name&amp;space:</source>
        <translation>Name&amp;space:</translation>
    </message>
</context>
<context>
    <name>NodeImporter</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 could not be read: %2</translation>
    </message>
    <message>
        <source>it names no context</source>
        <translation>it names no context</translation>
    </message>
    <message>
        <source>podman&apos;s list of connections could not be read: %1</source>
        <translation>podman&apos;s list of connections could not be read: %1</translation>
    </message>
    <message>
        <source>it is not a list</source>
        <translation>it is not a list</translation>
    </message>
    <message>
        <source>%1: a Windows named pipe cannot be reached from here.</source>
        <translation>%1: a Windows named pipe cannot be reached from here.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: already there as the node %2.</source>
        <translation>%1: already there as the node %2.</translation>
    </message>
    <message>
        <source>docker context %1</source>
        <translation>docker context %1</translation>
    </message>
    <message>
        <source>podman connection %1</source>
        <translation>podman connection %1</translation>
    </message>
</context>
<context>
    <name>NodeItemDelegate</name>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connecting…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1/%2 running</source>
        <translation>%1/%2 running</translation>
    </message>
    <message>
        <source>slow to answer</source>
        <translation>slow to answer</translation>
    </message>
</context>
<context>
    <name>NodeManager</name>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>There is already a node called %1: choose another name.</source>
        <translation>There is already a node called %1: choose another name.</translation>
    </message>
    <message>
        <source>This node no longer exists.</source>
        <translation>This node no longer exists.</translation>
    </message>
    <message>
        <source>Gontainer could not save the node list to %1: %2. Free space or fix the folder&apos;s permissions; your change is kept until then and saved with the next one.</source>
        <translation>Gontainer could not save the node list to %1: %2. Free space or fix the folder&apos;s permissions; your change is kept until then and saved with the next one.</translation>
    </message>
</context>
<context>
    <name>NodeSidebar</name>
    <message>
        <source>Nodes</source>
        <translation>Nodes</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Reconnect</translation>
    </message>
    <message>
        <source>&amp;Show only this node</source>
        <translation>&amp;Show only this node</translation>
    </message>
    <message>
        <source>&amp;Notify me about its problems</source>
        <translation>&amp;Notify me about its problems</translation>
    </message>
    <message>
        <source>Tell me when a container on this node turns unhealthy or stops unexpectedly</source>
        <translation>Tell me when a container on this node turns unhealthy or stops unexpectedly</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Re&amp;move node…</source>
        <translation>Re&amp;move node…</translation>
    </message>
</context>
<context>
    <name>NodeStore</name>
    <message>
        <source>the settings could not be prepared in %1</source>
        <translation>the settings could not be prepared in %1</translation>
    </message>
    <message>
        <source>There is already a node called %1: choose another name.</source>
        <translation>There is already a node called %1: choose another name.</translation>
    </message>
    <message>
        <source>The node %1 no longer exists: it was removed elsewhere.</source>
        <translation>The node %1 no longer exists: it was removed elsewhere.</translation>
    </message>
    <message>
        <source>the folder %1 could not be created</source>
        <translation>the folder %1 could not be created</translation>
    </message>
    <message>
        <source>another program kept the settings file locked</source>
        <translation>another program kept the settings file locked</translation>
    </message>
    <message>
        <source>the lock file %1.lock could not be created</source>
        <translation>the lock file %1.lock could not be created</translation>
    </message>
</context>
<context>
    <name>NodesPage</name>
    <message>
        <source>&amp;Add Node…</source>
        <translation>&amp;Add Node…</translation>
    </message>
    <message>
        <source>Looking for contexts and connections…</source>
        <translation>Looking for contexts and connections…</translation>
    </message>
    <message>
        <source>&amp;Import from Docker and Podman…</source>
        <translation>&amp;Import from Docker and Podman…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation>Re&amp;connect</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;move…</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodes</translation>
    </message>
    <message>
        <source>No node chosen. Add one, or import the engines the docker and podman command-line tools already know.</source>
        <translation>No node chosen. Add one, or import the engines the docker and podman command-line tools already know.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connecting</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Slow to answer</source>
        <translation>Slow to answer</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Offline: %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>on, without checking the engine&apos;s certificate</source>
        <translation>on, without checking the engine&apos;s certificate</translation>
    </message>
    <message>
        <source>on, certificates from %1</source>
        <translation>on, certificates from %1</translation>
    </message>
    <message>
        <source>SSH key</source>
        <translation>SSH key</translation>
    </message>
    <message>
        <source>(passphrase in the keychain)</source>
        <translation>(passphrase in the keychain)</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Imported from</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>%1 %2 (API %3)</source>
        <translation>%1 %2 (API %3)</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latency</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Host name</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Processors</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memory</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Storage</translation>
    </message>
    <message>
        <source>Control groups</source>
        <translation>Control groups</translation>
    </message>
    <message>
        <source>v%1, %2</source>
        <translation>v%1, %2</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Containers</translation>
    </message>
    <message>
        <source>%1 (%2 running, %3 paused, %4 stopped)</source>
        <translation>%1 (%2 running, %3 paused, %4 stopped)</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Remove node</source>
        <translation>Remove node</translation>
    </message>
    <message>
        <source>Remove the node %1 from Gontainer? Its containers keep running; Gontainer only stops showing them.</source>
        <translation>Remove the node %1 from Gontainer? Its containers keep running; Gontainer only stops showing them.</translation>
    </message>
    <message>
        <source>Import Nodes</source>
        <translation>Import Nodes</translation>
    </message>
    <message>
        <source>Some nodes were not added:</source>
        <translation>Some nodes were not added:</translation>
    </message>
    <message>
        <source>Not answering (%1)</source>
        <translation>Not answering (%1)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Engine build</source>
        <translation>Engine build</translation>
    </message>
    <message>
        <source>Engine ID</source>
        <translation>Engine ID</translation>
    </message>
    <message>
        <source>Processors and memory</source>
        <translation>Processors and memory</translation>
    </message>
    <message>
        <source>%1 (not used here: %2)</source>
        <translation>%1 (not used here: %2)</translation>
    </message>
    <message>
        <source>%1 (failed: %2)</source>
        <translation>%1 (failed: %2)</translation>
    </message>
    <message>
        <source>Storage plugins</source>
        <translation>Storage plugins</translation>
    </message>
    <message>
        <source>Runtimes</source>
        <translation>Runtimes</translation>
    </message>
    <message>
        <source>%1 (managed by %2: shown, not changed)</source>
        <translation>%1 (managed by %2: shown, not changed)</translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation>Namespaces</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>PlayKubeDialog</name>
    <message>
        <source>Play Kube YAML</source>
        <translation>Play Kube YAML</translation>
    </message>
    <message>
        <source>Makes and starts the pods, containers and volumes the YAML describes (Kubernetes Pod, Deployment, PersistentVolumeClaim and ConfigMap). Open a file or paste the YAML below.</source>
        <translation>Makes and starts the pods, containers and volumes the YAML describes (Kubernetes Pod, Deployment, PersistentVolumeClaim and ConfigMap). Open a file or paste the YAML below.</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation>&amp;Node:</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>&amp;Open File…</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Play</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Could not open %1: %2</translation>
    </message>
    <message>
        <source>Open Kube YAML</source>
        <translation>Open Kube YAML</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>YAML files (*.yaml *.yml);;All files (*)</translation>
    </message>
    <message>
        <source>Playing on %1…</source>
        <translation>Playing on %1…</translation>
    </message>
</context>
<context>
    <name>PodCommands</name>
    <message>
        <source>The node %1 has no pods: its engine (%2) does not offer them. Pods need a node with Podman.</source>
        <translation>The node %1 has no pods: its engine (%2) does not offer them. Pods need a node with Podman.</translation>
    </message>
    <message>
        <source>The node %1 cannot generate or play kube YAML: its engine (%2) does not offer it. Kube YAML needs a node with Podman.</source>
        <translation>The node %1 cannot generate or play kube YAML: its engine (%2) does not offer it. Kube YAML needs a node with Podman.</translation>
    </message>
    <message>
        <source>Create a pod</source>
        <translation>Create a pod</translation>
    </message>
    <message>
        <source>The pod&apos;s name.</source>
        <translation>The pod&apos;s name.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Publish a port of the pod: [IP:]HOST:CONTAINER[/PROTOCOL] (repeat for more).</source>
        <translation>Publish a port of the pod: [IP:]HOST:CONTAINER[/PROTOCOL] (repeat for more).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Set a label (repeat for more).</source>
        <translation>Set a label (repeat for more).</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>The namespaces its containers share, separated by commas: %1.</source>
        <translation>The namespaces its containers share, separated by commas: %1.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>The pod&apos;s host name.</source>
        <translation>The pod&apos;s host name.</translation>
    </message>
    <message>
        <source>Whether the pod has an infra container to hold the shared namespaces (default: true).</source>
        <translation>Whether the pod has an infra container to hold the shared namespaces (default: true).</translation>
    </message>
    <message>
        <source>Use: gontainer-cli pod create [NAME | --name NAME] [--publish PORT] [--label KEY=VALUE] [--share LIST]</source>
        <translation>Use: gontainer-cli pod create [NAME | --name NAME] [--publish PORT] [--label KEY=VALUE] [--share LIST]</translation>
    </message>
    <message>
        <source>--infra takes true or false.</source>
        <translation>--infra takes true or false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a namespace to share: use %2.</source>
        <translation>&quot;%1&quot; is not a namespace to share: use %2.</translation>
    </message>
    <message>
        <source>A pod without an infra container cannot publish ports.</source>
        <translation>A pod without an infra container cannot publish ports.</translation>
    </message>
    <message>
        <source>Start pods</source>
        <translation>Start pods</translation>
    </message>
    <message>
        <source>Stop pods</source>
        <translation>Stop pods</translation>
    </message>
    <message>
        <source>Restart pods</source>
        <translation>Restart pods</translation>
    </message>
    <message>
        <source>Pause pods</source>
        <translation>Pause pods</translation>
    </message>
    <message>
        <source>Unpause pods</source>
        <translation>Unpause pods</translation>
    </message>
    <message>
        <source>Send a signal to pods&apos; containers</source>
        <translation>Send a signal to pods&apos; containers</translation>
    </message>
    <message>
        <source>Remove pods</source>
        <translation>Remove pods</translation>
    </message>
    <message>
        <source>Seconds to wait before killing (default: the containers&apos; own).</source>
        <translation>Seconds to wait before killing (default: the containers&apos; own).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>The signal to send (default SIGKILL).</source>
        <translation>The signal to send (default SIGKILL).</translation>
    </message>
    <message>
        <source>SIGNAL</source>
        <translation>SIGNAL</translation>
    </message>
    <message>
        <source>Stop running containers first, and remove the pod with them.</source>
        <translation>Stop running containers first, and remove the pod with them.</translation>
    </message>
    <message>
        <source>--time takes a whole number of seconds, 0 or more.</source>
        <translation>--time takes a whole number of seconds, 0 or more.</translation>
    </message>
    <message>
        <source>Show pods&apos; full details as JSON</source>
        <translation>Show pods&apos; full details as JSON</translation>
    </message>
    <message>
        <source>Show the resource use of pods&apos; containers</source>
        <translation>Show the resource use of pods&apos; containers</translation>
    </message>
    <message>
        <source>No container of these pods is running.</source>
        <translation>No container of these pods is running.</translation>
    </message>
    <message>
        <source>POD</source>
        <translation>POD</translation>
    </message>
    <message>
        <source>CID</source>
        <translation>CID</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>MEM USAGE / LIMIT</source>
        <translation>MEM USAGE / LIMIT</translation>
    </message>
    <message>
        <source>MEM %</source>
        <translation>MEM %</translation>
    </message>
    <message>
        <source>NET IO</source>
        <translation>NET IO</translation>
    </message>
    <message>
        <source>BLOCK IO</source>
        <translation>BLOCK IO</translation>
    </message>
    <message>
        <source>PIDS</source>
        <translation>PIDS</translation>
    </message>
    <message>
        <source>Write kube YAML for pods or containers</source>
        <translation>Write kube YAML for pods or containers</translation>
    </message>
    <message>
        <source>Write the YAML to this file instead of standard output.</source>
        <translation>Write the YAML to this file instead of standard output.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Create pods and containers from kube YAML (a file, or - for standard input)</source>
        <translation>Create pods and containers from kube YAML (a file, or - for standard input)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no kube YAML.</source>
        <translation>%1 holds no kube YAML.</translation>
    </message>
    <message>
        <source>Pod: %1</source>
        <translation>Pod: %1</translation>
    </message>
    <message>
        <source>Container: %1</source>
        <translation>Container: %1</translation>
    </message>
</context>
<context>
    <name>PodStatsView</name>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memory</translation>
    </message>
    <message>
        <source>Memory %</source>
        <translation>Memory %</translation>
    </message>
    <message>
        <source>Network I/O</source>
        <translation>Network I/O</translation>
    </message>
    <message>
        <source>Block I/O</source>
        <translation>Block I/O</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>PIDs</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Asking…</translation>
    </message>
    <message>
        <source>No pod chosen.</source>
        <translation>No pod chosen.</translation>
    </message>
    <message>
        <source>No container of the pod runs.</source>
        <translation>No container of the pod runs.</translation>
    </message>
    <message numerus="yes">
        <source>Every %n second(s).</source>
        <translation>
            <numerusform>Every %n second.</numerusform>
            <numerusform>Every %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PodTreeModel</name>
    <message>
        <source>Degraded</source>
        <translation>Degraded</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s), besides the infra container</source>
        <translation>
            <numerusform>%n container, besides the infra container</numerusform>
            <numerusform>%n containers, besides the infra container</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>No infra container: the pod&apos;s containers share no namespaces</source>
        <translation>No infra container: the pod&apos;s containers share no namespaces</translation>
    </message>
    <message>
        <source>The infra container %1 holds the shared namespaces</source>
        <translation>The infra container %1 holds the shared namespaces</translation>
    </message>
    <message>
        <source>The pod&apos;s containers share these namespaces: %1</source>
        <translation>The pod&apos;s containers share these namespaces: %1</translation>
    </message>
    <message>
        <source>Infra</source>
        <translation>Infra</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Containers</translation>
    </message>
    <message>
        <source>Shared namespaces</source>
        <translation>Shared namespaces</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>PodmanApi</name>
    <message>
        <source>pod list</source>
        <translation>pod list</translation>
    </message>
    <message>
        <source>pod&apos;s inspect answer</source>
        <translation>pod&apos;s inspect answer</translation>
    </message>
    <message>
        <source>create answer</source>
        <translation>create answer</translation>
    </message>
    <message>
        <source>prune answer</source>
        <translation>prune answer</translation>
    </message>
    <message>
        <source>pod stats</source>
        <translation>pod stats</translation>
    </message>
    <message>
        <source>kube YAML</source>
        <translation>kube YAML</translation>
    </message>
    <message>
        <source>play kube answer</source>
        <translation>play kube answer</translation>
    </message>
    <message>
        <source>health check answer</source>
        <translation>health check answer</translation>
    </message>
    <message>
        <source>container list</source>
        <translation>container list</translation>
    </message>
    <message>
        <source>information</source>
        <translation>information</translation>
    </message>
</context>
<context>
    <name>PodsPage</name>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>P&amp;od</source>
        <translation>P&amp;od</translation>
    </message>
    <message>
        <source>&amp;Create Pod…</source>
        <translation>&amp;Create Pod…</translation>
    </message>
    <message>
        <source>Create a pod on a node with pods</source>
        <translation>Create a pod on a node with pods</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Start the selected pods and their containers</source>
        <translation>Start the selected pods and their containers</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>Stop the selected pods and their containers</source>
        <translation>Stop the selected pods and their containers</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Restart</translation>
    </message>
    <message>
        <source>Restart the selected pods&apos; containers</source>
        <translation>Restart the selected pods&apos; containers</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause the selected pods&apos; containers</source>
        <translation>Pause the selected pods&apos; containers</translation>
    </message>
    <message>
        <source>&amp;Unpause</source>
        <translation>&amp;Unpause</translation>
    </message>
    <message>
        <source>Let the selected pods&apos; containers run on</source>
        <translation>Let the selected pods&apos; containers run on</translation>
    </message>
    <message>
        <source>&amp;Kill</source>
        <translation>&amp;Kill</translation>
    </message>
    <message>
        <source>Kill the selected pods&apos; containers at once (SIGKILL)</source>
        <translation>Kill the selected pods&apos; containers at once (SIGKILL)</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;move…</translation>
    </message>
    <message>
        <source>Remove the selected pods with their containers</source>
        <translation>Remove the selected pods with their containers</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Show the current pod as the engine describes it</source>
        <translation>Show the current pod as the engine describes it</translation>
    </message>
    <message>
        <source>St&amp;ats</source>
        <translation>St&amp;ats</translation>
    </message>
    <message>
        <source>Show the resource use of the current pod&apos;s containers</source>
        <translation>Show the resource use of the current pod&apos;s containers</translation>
    </message>
    <message>
        <source>&amp;Generate Kube YAML…</source>
        <translation>&amp;Generate Kube YAML…</translation>
    </message>
    <message>
        <source>Show the kube YAML of the selected pods, to save</source>
        <translation>Show the kube YAML of the selected pods, to save</translation>
    </message>
    <message>
        <source>P&amp;lay Kube YAML…</source>
        <translation>P&amp;lay Kube YAML…</translation>
    </message>
    <message>
        <source>Make pods and containers from kube YAML on a node</source>
        <translation>Make pods and containers from kube YAML on a node</translation>
    </message>
    <message>
        <source>Search pod and container names</source>
        <translation>Search pod and container names</translation>
    </message>
    <message>
        <source>Show the pods of one node</source>
        <translation>Show the pods of one node</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Stats</source>
        <translation>Stats</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>All nodes</translation>
    </message>
    <message>
        <source>No pod matches the search.
Clear the search, or choose &quot;All nodes&quot;.</source>
        <translation>No pod matches the search.
Clear the search, or choose &quot;All nodes&quot;.</translation>
    </message>
    <message>
        <source>No node&apos;s engine has pods.</source>
        <translation>No node&apos;s engine has pods.</translation>
    </message>
    <message>
        <source>No pods yet.
Create one, or play kube YAML onto a node.</source>
        <translation>No pods yet.
Create one, or play kube YAML onto a node.</translation>
    </message>
    <message numerus="yes">
        <source>Played kube YAML on %1: %n pod(s), containers %2.</source>
        <translation>
            <numerusform>Played kube YAML on %1: %n pod, containers %2.</numerusform>
            <numerusform>Played kube YAML on %1: %n pods, containers %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Some did not start: %1</source>
        <translation>Some did not start: %1</translation>
    </message>
    <message>
        <source>Could not start pod %1 on %2: %3</source>
        <translation>Could not start pod %1 on %2: %3</translation>
    </message>
    <message>
        <source>Could not stop pod %1 on %2: %3</source>
        <translation>Could not stop pod %1 on %2: %3</translation>
    </message>
    <message>
        <source>Could not restart pod %1 on %2: %3</source>
        <translation>Could not restart pod %1 on %2: %3</translation>
    </message>
    <message>
        <source>Could not pause pod %1 on %2: %3</source>
        <translation>Could not pause pod %1 on %2: %3</translation>
    </message>
    <message>
        <source>Could not unpause pod %1 on %2: %3</source>
        <translation>Could not unpause pod %1 on %2: %3</translation>
    </message>
    <message>
        <source>Could not kill pod %1 on %2: %3</source>
        <translation>Could not kill pod %1 on %2: %3</translation>
    </message>
    <message>
        <source>• %1 (no containers besides its infra container)</source>
        <translation>• %1 (no containers besides its infra container)</translation>
    </message>
    <message>
        <source>• %1, with its containers: %2</source>
        <translation>• %1, with its containers: %2</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n pod(s) with their containers? Running containers are stopped first. This cannot be undone.</source>
        <translation>
            <numerusform>Remove %n pod with their containers? Running containers are stopped first. This cannot be undone.</numerusform>
            <numerusform>Remove %n pods with their containers? Running containers are stopped first. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Pods</source>
        <translation>Remove Pods</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Could not remove pod %1 on %2: %3</source>
        <translation>Could not remove pod %1 on %2: %3</translation>
    </message>
    <message>
        <source>Removed pod %1 from %2.</source>
        <translation>Removed pod %1 from %2.</translation>
    </message>
    <message>
        <source>Created pod %1 on %2.</source>
        <translation>Created pod %1 on %2.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Start at Login</source>
        <translation>Start at Login</translation>
    </message>
    <message>
        <source>%1 Check that the folder can be written to.</source>
        <translation>%1 Check that the folder can be written to.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Follow the desktop</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Closing and starting</source>
        <translation>Closing and starting</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Keep running in the tray when the window is closed</translation>
    </message>
    <message>
        <source>The nodes are still watched and problems notified; quit from the tray&apos;s menu</source>
        <translation>The nodes are still watched and problems notified; quit from the tray&apos;s menu</translation>
    </message>
    <message>
        <source>Start &amp;hidden in the tray</source>
        <translation>Start &amp;hidden in the tray</translation>
    </message>
    <message>
        <source>Start Gontainer when I log &amp;in</source>
        <translation>Start Gontainer when I log &amp;in</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>A container turns &amp;unhealthy</source>
        <translation>A container turns &amp;unhealthy</translation>
    </message>
    <message>
        <source>A container &amp;stops unexpectedly</source>
        <translation>A container &amp;stops unexpectedly</translation>
    </message>
    <message>
        <source>A node goes &amp;offline</source>
        <translation>A node goes &amp;offline</translation>
    </message>
    <message>
        <source>&amp;For the problems of these nodes:</source>
        <translation>&amp;For the problems of these nodes:</translation>
    </message>
    <message>
        <source>Containers and logs</source>
        <translation>Containers and logs</translation>
    </message>
    <message>
        <source>&amp;Default stop timeout:</source>
        <translation>&amp;Default stop timeout:</translation>
    </message>
    <message>
        <source>Each container&apos;s own</source>
        <translation>Each container&apos;s own</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>How long Stop and Restart wait for a container to end before killing it</source>
        <translation>How long Stop and Restart wait for a container to end before killing it</translation>
    </message>
    <message>
        <source>Log &amp;buffer (lines):</source>
        <translation>Log &amp;buffer (lines):</translation>
    </message>
    <message>
        <source>Each log view keeps at most this many lines; the oldest go when more come. A million lines take about 130 MiB.</source>
        <translation>Each log view keeps at most this many lines; the oldest go when more come. A million lines take about 130 MiB.</translation>
    </message>
    <message>
        <source>Log &amp;memory limit:</source>
        <translation>Log &amp;memory limit:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Each log view keeps at most this much text, whatever the lines</source>
        <translation>Each log view keeps at most this much text, whatever the lines</translation>
    </message>
    <message>
        <source>Ask before &amp;removing containers, pods, images, volumes and networks</source>
        <translation>Ask before &amp;removing containers, pods, images, volumes and networks</translation>
    </message>
    <message>
        <source>Removing what is running or used, whole projects, pruning and swarm changes are always confirmed. Without asking, a container&apos;s volumes are kept.</source>
        <translation>Removing what is running or used, whole projects, pruning and swarm changes are always confirmed. Without asking, a container&apos;s volumes are kept.</translation>
    </message>
</context>
<context>
    <name>ProblemWatcher</name>
    <message numerus="yes">
        <source>On %1, its health check failed %n time(s) in a row.</source>
        <translation>
            <numerusform>On %1, its health check failed once.</numerusform>
            <numerusform>On %1, its health check failed %n times in a row.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check said: %1</source>
        <translation>The check said: %1</translation>
    </message>
    <message>
        <source>%1 is unhealthy</source>
        <translation>%1 is unhealthy</translation>
    </message>
    <message>
        <source>On %1, the kernel killed it for lack of memory. Give it a higher memory limit, or find what grows.</source>
        <translation>On %1, the kernel killed it for lack of memory. Give it a higher memory limit, or find what grows.</translation>
    </message>
    <message>
        <source>On %1, it exited with code %2. Its logs may say why.</source>
        <translation>On %1, it exited with code %2. Its logs may say why.</translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly</source>
        <translation>%1 stopped unexpectedly</translation>
    </message>
    <message>
        <source>%1 is offline</source>
        <translation>%1 is offline</translation>
    </message>
    <message>
        <source>Gontainer cannot reach it and keeps trying; its containers show as they last were.</source>
        <translation>Gontainer cannot reach it and keeps trying; its containers show as they last were.</translation>
    </message>
</context>
<context>
    <name>PruneImagesDialog</name>
    <message>
        <source>Prune Images</source>
        <translation>Prune Images</translation>
    </message>
    <message>
        <source>Removes images that no container uses, on the nodes checked.</source>
        <translation>Removes images that no container uses, on the nodes checked.</translation>
    </message>
    <message>
        <source>&amp;Dangling only (no name)</source>
        <translation>&amp;Dangling only (no name)</translation>
    </message>
    <message>
        <source>Images left without a name, usually by a newer image of the same name</source>
        <translation>Images left without a name, usually by a newer image of the same name</translation>
    </message>
    <message>
        <source>&amp;All unused</source>
        <translation>&amp;All unused</translation>
    </message>
    <message>
        <source>Every image no container uses, named or not</source>
        <translation>Every image no container uses, named or not</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>&amp;Prune</source>
        <translation>&amp;Prune</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n image(s)</source>
        <translation>
            <numerusform>%1: %n image</numerusform>
            <numerusform>%1: %n images</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;none&gt; (%1)</source>
        <translation>&lt;none&gt; (%1)</translation>
    </message>
    <message>
        <source>Nothing to prune on the nodes checked.</source>
        <translation>Nothing to prune on the nodes checked.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) would go, freeing up to %1 (less where they share layers with images that stay).</source>
        <translation>
            <numerusform>%n image would go, freeing up to %1 (less where it shares layers with images that stay).</numerusform>
            <numerusform>%n images would go, freeing up to %1 (less where they share layers with images that stay).</numerusform>
        </translation>
    </message>
    <message>
        <source>Pruning…</source>
        <translation>Pruning…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n image(s) removed, %2 freed.</source>
        <translation>
            <numerusform>%1: %n image removed, %2 freed.</numerusform>
            <numerusform>%1: %n images removed, %2 freed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Freed %1.</source>
        <translation>Freed %1.</translation>
    </message>
    <message numerus="yes">
        <source>Freed %1; %n node(s) failed.</source>
        <translation>
            <numerusform>Freed %1; %n node failed.</numerusform>
            <numerusform>Freed %1; %n nodes failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PullImageDialog</name>
    <message>
        <source>Pull Image</source>
        <translation>Pull Image</translation>
    </message>
    <message>
        <source>Push Image</source>
        <translation>Push Image</translation>
    </message>
    <message>
        <source>Downloads an image from its registry onto the nodes checked, with the login saved for that registry, if any.</source>
        <translation>Downloads an image from its registry onto the nodes checked, with the login saved for that registry, if any.</translation>
    </message>
    <message>
        <source>Uploads the image to the registry its name begins with, with the login saved for that registry, if any.</source>
        <translation>Uploads the image to the registry its name begins with, with the login saved for that registry, if any.</translation>
    </message>
    <message>
        <source>&amp;Nodes:</source>
        <translation>&amp;Nodes:</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation>&amp;Node:</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <source>busybox, nginx:1.27 or registry.example:5000/team/app:1</source>
        <translation>busybox, nginx:1.27 or registry.example:5000/team/app:1</translation>
    </message>
    <message>
        <source>&amp;Pull</source>
        <translation>&amp;Pull</translation>
    </message>
    <message>
        <source>P&amp;ush</source>
        <translation>P&amp;ush</translation>
    </message>
    <message>
        <source>Pull &amp;This Name</source>
        <translation>Pull &amp;This Name</translation>
    </message>
    <message>
        <source>&amp;Log In…</source>
        <translation>&amp;Log In…</translation>
    </message>
    <message>
        <source>Check each node that should get the image</source>
        <translation>Check each node that should get the image</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image name.</source>
        <translation>&quot;%1&quot; is not an image name.</translation>
    </message>
    <message>
        <source>Check at least one node.</source>
        <translation>Check at least one node.</translation>
    </message>
    <message>
        <source>Pulling %1…</source>
        <translation>Pulling %1…</translation>
    </message>
    <message>
        <source>Pushing %1…</source>
        <translation>Pushing %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Pulled %1 onto %2.</source>
        <translation>Pulled %1 onto %2.</translation>
    </message>
    <message numerus="yes">
        <source>Pulled %1 onto %n node(s).</source>
        <translation>
            <numerusform>Pulled %1 onto %n node.</numerusform>
            <numerusform>Pulled %1 onto %n nodes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pushed %1.</source>
        <translation>Pushed %1.</translation>
    </message>
    <message>
        <source>Could not pull %1:</source>
        <translation>Could not pull %1:</translation>
    </message>
    <message>
        <source>Could not push %1:</source>
        <translation>Could not push %1:</translation>
    </message>
    <message>
        <source>Registries tried for the short name: %1. Choose a full name to pull instead:</source>
        <translation>Registries tried for the short name: %1. Choose a full name to pull instead:</translation>
    </message>
    <message>
        <source>Pull cancelled.</source>
        <translation>Pull cancelled.</translation>
    </message>
    <message>
        <source>Push cancelled.</source>
        <translation>Push cancelled.</translation>
    </message>
    <message>
        <source>%1 requires a login to pull %2.</source>
        <translation>%1 requires a login to pull %2.</translation>
    </message>
    <message>
        <source>%1 requires a login to push %2.</source>
        <translation>%1 requires a login to push %2.</translation>
    </message>
    <message>
        <source>The engine of %1 cannot pull images.</source>
        <translation>The engine of %1 cannot pull images.</translation>
    </message>
</context>
<context>
    <name>RegistriesDialog</name>
    <message>
        <source>Registries</source>
        <translation>Registries</translation>
    </message>
    <message>
        <source>Logins for image registries, used to pull and push. The user names are kept in the settings, the passwords only in the desktop keychain.</source>
        <translation>Logins for image registries, used to pull and push. The user names are kept in the settings, the passwords only in the desktop keychain.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Log in to a registry; the login is checked before it is saved</source>
        <translation>Log in to a registry; the login is checked before it is saved</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Forget the selected login and its password</source>
        <translation>Forget the selected login and its password</translation>
    </message>
    <message>
        <source>No saved logins: images are pulled anonymously.</source>
        <translation>No saved logins: images are pulled anonymously.</translation>
    </message>
    <message>
        <source>Saved the login for %1.</source>
        <translation>Saved the login for %1.</translation>
    </message>
    <message>
        <source>Forgetting the login for %1…</source>
        <translation>Forgetting the login for %1…</translation>
    </message>
    <message>
        <source>Forgot the login for %1.</source>
        <translation>Forgot the login for %1.</translation>
    </message>
    <message>
        <source>Could not forget the login for %1: %2</source>
        <translation>Could not forget the login for %1: %2</translation>
    </message>
</context>
<context>
    <name>RegistryLoginDialog</name>
    <message>
        <source>Log In to a Registry</source>
        <translation>Log In to a Registry</translation>
    </message>
    <message>
        <source>docker.io or registry.example:5000</source>
        <translation>docker.io or registry.example:5000</translation>
    </message>
    <message>
        <source>&amp;Registry:</source>
        <translation>&amp;Registry:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>The login is checked by this node&apos;s engine, which talks to the registry: choose one that can reach it.</source>
        <translation>The login is checked by this node&apos;s engine, which talks to the registry: choose one that can reach it.</translation>
    </message>
    <message>
        <source>&amp;Check through:</source>
        <translation>&amp;Check through:</translation>
    </message>
    <message>
        <source>&amp;Remember this login (the password goes to the keychain)</source>
        <translation>&amp;Remember this login (the password goes to the keychain)</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>&amp;Log In</translation>
    </message>
    <message>
        <source>Add a node first: the login is checked through a node&apos;s engine.</source>
        <translation>Add a node first: the login is checked through a node&apos;s engine.</translation>
    </message>
    <message>
        <source>A registry address has no spaces.</source>
        <translation>A registry address has no spaces.</translation>
    </message>
    <message>
        <source>That node is gone; choose another.</source>
        <translation>That node is gone; choose another.</translation>
    </message>
    <message>
        <source>Asking %1 through %2…</source>
        <translation>Asking %1 through %2…</translation>
    </message>
    <message>
        <source>%1 refused the login: %2</source>
        <translation>%1 refused the login: %2</translation>
    </message>
    <message>
        <source>The login could not be checked: %1</source>
        <translation>The login could not be checked: %1</translation>
    </message>
    <message>
        <source>Saving the login…</source>
        <translation>Saving the login…</translation>
    </message>
    <message>
        <source>The registry accepted the login, but it could not be saved: %1</source>
        <translation>The registry accepted the login, but it could not be saved: %1</translation>
    </message>
    <message>
        <source>Clear &quot;Remember this login&quot; to use it this once.</source>
        <translation>Clear &quot;Remember this login&quot; to use it this once.</translation>
    </message>
</context>
<context>
    <name>ResourceCommands</name>
    <message>
        <source>List volumes</source>
        <translation>List volumes</translation>
    </message>
    <message>
        <source>DRIVER</source>
        <translation>DRIVER</translation>
    </message>
    <message>
        <source>VOLUME NAME</source>
        <translation>VOLUME NAME</translation>
    </message>
    <message>
        <source>MOUNT POINT</source>
        <translation>MOUNT POINT</translation>
    </message>
    <message>
        <source>List networks</source>
        <translation>List networks</translation>
    </message>
    <message>
        <source>NETWORK ID</source>
        <translation>NETWORK ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>SCOPE</translation>
    </message>
    <message>
        <source>SUBNETS</source>
        <translation>SUBNETS</translation>
    </message>
    <message>
        <source>List pods (Podman)</source>
        <translation>List pods (Podman)</translation>
    </message>
    <message>
        <source>POD ID</source>
        <translation>POD ID</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREATED</translation>
    </message>
    <message>
        <source>CONTAINERS</source>
        <translation>CONTAINERS</translation>
    </message>
    <message>
        <source>INFRA ID</source>
        <translation>INFRA ID</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The desktop keychain could not be reached (%1). Gontainer keeps secrets only there: start or unlock your keyring (for example GNOME Keyring or KWallet), then try again.</source>
        <translation>The desktop keychain could not be reached (%1). Gontainer keeps secrets only there: start or unlock your keyring (for example GNOME Keyring or KWallet), then try again.</translation>
    </message>
    <message>
        <source>The desktop keychain refused access (%1): unlock it, then try again.</source>
        <translation>The desktop keychain refused access (%1): unlock it, then try again.</translation>
    </message>
    <message>
        <source>The desktop keychain failed: %1</source>
        <translation>The desktop keychain failed: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Close the details, or clear the search</source>
        <translation>Close the details, or clear the search</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Open the details of a container</source>
        <translation>Open the details of a container</translation>
    </message>
    <message>
        <source>Enter, or double-click</source>
        <translation>Enter, or double-click</translation>
    </message>
    <message>
        <source>Select all containers shown</source>
        <translation>Select all containers shown</translation>
    </message>
</context>
<context>
    <name>SpecText</name>
    <message>
        <source>&quot;%1&quot; is not a size: write a number with a unit, such as 512m or 2g.</source>
        <translation>&quot;%1&quot; is not a size: write a number with a unit, such as 512m or 2g.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range.</source>
        <translation>&quot;%1&quot; is out of range.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of CPUs: write for example 0.5 or 2.</source>
        <translation>&quot;%1&quot; is not a number of CPUs: write for example 0.5 or 2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration: write for example 30s, 1m30s or 500ms.</source>
        <translation>&quot;%1&quot; is not a duration: write for example 30s, 1m30s or 500ms.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port mapping: write HOST:CONTAINER such as 8080:80, optionally with an address in front (127.0.0.1:8080:80) and /udp behind.</source>
        <translation>&quot;%1&quot; is not a port mapping: write HOST:CONTAINER such as 8080:80, optionally with an address in front (127.0.0.1:8080:80) and /udp behind.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the protocol must be tcp, udp or sctp.</source>
        <translation>&quot;%1&quot;: the protocol must be tcp, udp or sctp.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the container port must be a number from 1 to 65535.</source>
        <translation>&quot;%1&quot;: the container port must be a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the host port must be a number from 1 to 65535.</source>
        <translation>&quot;%1&quot;: the host port must be a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 is not an IP address.</source>
        <translation>&quot;%1&quot;: %2 is not an IP address.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown option %2 (use ro or rw).</source>
        <translation>&quot;%1&quot;: unknown option %2 (use ro or rw).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the source is empty.</source>
        <translation>&quot;%1&quot;: the source is empty.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 is neither an absolute host path nor a volume name.</source>
        <translation>&quot;%1&quot;: %2 is neither an absolute host path nor a volume name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a volume: write SOURCE:TARGET[:ro], such as /srv/data:/data or cache:/cache.</source>
        <translation>&quot;%1&quot; is not a volume: write SOURCE:TARGET[:ro], such as /srv/data:/data or cache:/cache.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the path in the container must be absolute (start with /).</source>
        <translation>&quot;%1&quot;: the path in the container must be absolute (start with /).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment variable: write NAME=value, with no spaces in the name.</source>
        <translation>&quot;%1&quot; is not an environment variable: write NAME=value, with no spaces in the name.</translation>
    </message>
    <message>
        <source>%1 has no value here: write %1=value.</source>
        <translation>%1 has no value here: write %1=value.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the retry count must be a whole number.</source>
        <translation>&quot;%1&quot;: the retry count must be a whole number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a restart policy: use no, always, unless-stopped or on-failure[:N].</source>
        <translation>&quot;%1&quot; is not a restart policy: use no, always, unless-stopped or on-failure[:N].</translation>
    </message>
</context>
<context>
    <name>SshConnection</name>
    <message>
        <source>the ssh program could not be started (%1); install OpenSSH&apos;s client</source>
        <translation>the ssh program could not be started (%1); install OpenSSH&apos;s client</translation>
    </message>
    <message>
        <source>ssh exited with code %1</source>
        <translation>ssh exited with code %1</translation>
    </message>
    <message>
        <source>the SSH login was closed</source>
        <translation>the SSH login was closed</translation>
    </message>
    <message>
        <source>the SSH forward closed</source>
        <translation>the SSH forward closed</translation>
    </message>
</context>
<context>
    <name>SshMaster</name>
    <message>
        <source>cannot make a private folder for SSH</source>
        <translation>cannot make a private folder for SSH</translation>
    </message>
    <message>
        <source>the ssh program could not be started (%1); install OpenSSH&apos;s client</source>
        <translation>the ssh program could not be started (%1); install OpenSSH&apos;s client</translation>
    </message>
    <message>
        <source>ssh did not log in within %1 s</source>
        <translation>ssh did not log in within %1 s</translation>
    </message>
    <message>
        <source>ssh exited with code %1</source>
        <translation>ssh exited with code %1</translation>
    </message>
</context>
<context>
    <name>StackRemover</name>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>StatsCharts</name>
    <message>
        <source>CPU (% of one CPU)</source>
        <translation>CPU (% of one CPU)</translation>
    </message>
    <message>
        <source>Memory (MiB)</source>
        <translation>Memory (MiB)</translation>
    </message>
    <message>
        <source>Network (KiB/s)</source>
        <translation>Network (KiB/s)</translation>
    </message>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>Disk (KiB/s)</source>
        <translation>Disk (KiB/s)</translation>
    </message>
    <message>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <source>written</source>
        <translation>written</translation>
    </message>
    <message>
        <source>Resource use shows here while the container runs.</source>
        <translation>Resource use shows here while the container runs.</translation>
    </message>
    <message>
        <source>CPU %1 % · memory %2</source>
        <translation>CPU %1 % · memory %2</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>of %1</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n process</numerusform>
            <numerusform>%n processes</numerusform>
        </translation>
    </message>
    <message>
        <source>Network: not measured for this container</source>
        <translation>Network: not measured for this container</translation>
    </message>
</context>
<context>
    <name>StreamCommands</name>
    <message>
        <source>&quot;%1&quot; is neither a time (2024-05-01T10:00:00Z) nor a duration (10m).</source>
        <translation>&quot;%1&quot; is neither a time (2024-05-01T10:00:00Z) nor a duration (10m).</translation>
    </message>
    <message>
        <source>Show containers&apos; output; several (or --all-nodes, --filter) merged by time</source>
        <translation>Show containers&apos; output; several (or --all-nodes, --filter) merged by time</translation>
    </message>
    <message>
        <source>Keep following.</source>
        <translation>Keep following.</translation>
    </message>
    <message>
        <source>Only the last N lines.</source>
        <translation>Only the last N lines.</translation>
    </message>
    <message>
        <source>Prefix each line with its time.</source>
        <translation>Prefix each line with its time.</translation>
    </message>
    <message>
        <source>Only lines since a time or a duration ago (10m).</source>
        <translation>Only lines since a time or a duration ago (10m).</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WHEN</translation>
    </message>
    <message>
        <source>Only lines until a time or a duration ago.</source>
        <translation>Only lines until a time or a duration ago.</translation>
    </message>
    <message>
        <source>Look for the containers on every node the app shows.</source>
        <translation>Look for the containers on every node the app shows.</translation>
    </message>
    <message>
        <source>Every container that matches: name=PART, label=KEY or label=KEY=VALUE. Several containers are merged by time, each line prefixed with its container (and node).</source>
        <translation>Every container that matches: name=PART, label=KEY or label=KEY=VALUE. Several containers are merged by time, each line prefixed with its container (and node).</translation>
    </message>
    <message>
        <source>FILTER</source>
        <translation>FILTER</translation>
    </message>
    <message>
        <source>Unknown filter %1: use name=PART, label=KEY or label=KEY=VALUE.</source>
        <translation>Unknown filter %1: use name=PART, label=KEY or label=KEY=VALUE.</translation>
    </message>
    <message>
        <source>--tail takes a whole number of lines.</source>
        <translation>--tail takes a whole number of lines.</translation>
    </message>
    <message>
        <source>Follow events until Ctrl+C</source>
        <translation>Follow events until Ctrl+C</translation>
    </message>
    <message>
        <source>Only events of this kind: container, image, volume, network, pod.</source>
        <translation>Only events of this kind: container, image, volume, network, pod.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>Only events that match: container=NAME, label=KEY[=VALUE], event=ACTION.</source>
        <translation>Only events that match: container=NAME, label=KEY[=VALUE], event=ACTION.</translation>
    </message>
    <message>
        <source>Replay events since a time or a duration ago first.</source>
        <translation>Replay events since a time or a duration ago first.</translation>
    </message>
    <message>
        <source>Follow every node the app shows, each line with its node.</source>
        <translation>Follow every node the app shows, each line with its node.</translation>
    </message>
    <message>
        <source>Unknown filter %1: use container=, label=, event= or type=.</source>
        <translation>Unknown filter %1: use container=, label=, event= or type=.</translation>
    </message>
    <message>
        <source>Show containers&apos; CPU, memory, network and disk use</source>
        <translation>Show containers&apos; CPU, memory, network and disk use</translation>
    </message>
    <message>
        <source>Print one sample of each and stop.</source>
        <translation>Print one sample of each and stop.</translation>
    </message>
    <message>
        <source>CONTAINER</source>
        <translation>CONTAINER</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>MEM USAGE / LIMIT</source>
        <translation>MEM USAGE / LIMIT</translation>
    </message>
    <message>
        <source>MEM %</source>
        <translation>MEM %</translation>
    </message>
    <message>
        <source>NET I/O</source>
        <translation>NET I/O</translation>
    </message>
    <message>
        <source>BLOCK I/O</source>
        <translation>BLOCK I/O</translation>
    </message>
    <message>
        <source>PIDS</source>
        <translation>PIDS</translation>
    </message>
    <message>
        <source>Node %1 is not answering; waiting for it to come back (Ctrl+C to stop)…</source>
        <translation>Node %1 is not answering; waiting for it to come back (Ctrl+C to stop)…</translation>
    </message>
    <message>
        <source>Node %1 is back; following the log again.</source>
        <translation>Node %1 is back; following the log again.</translation>
    </message>
</context>
<context>
    <name>SwarmCommands</name>
    <message>
        <source>No service %1.</source>
        <translation>No service %1.</translation>
    </message>
    <message>
        <source>%1 names more than one service: give more of its id.</source>
        <translation>%1 names more than one service: give more of its id.</translation>
    </message>
    <message>
        <source>Where the node stands in a swarm, and the swarm where it is a manager</source>
        <translation>Where the node stands in a swarm, and the swarm where it is a manager</translation>
    </message>
    <message>
        <source>Show the join tokens too (a manager&apos;s).</source>
        <translation>Show the join tokens too (a manager&apos;s).</translation>
    </message>
    <message>
        <source>Swarm: %1</source>
        <translation>Swarm: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Node ID: %1</source>
        <translation>Node ID: %1</translation>
    </message>
    <message>
        <source>Node address: %1</source>
        <translation>Node address: %1</translation>
    </message>
    <message>
        <source>Manager: %1</source>
        <translation>Manager: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Manager addresses: %1</source>
        <translation>Manager addresses: %1</translation>
    </message>
    <message>
        <source>Only a manager shows the swarm&apos;s nodes, services and tokens: ask one of the managers above.</source>
        <translation>Only a manager shows the swarm&apos;s nodes, services and tokens: ask one of the managers above.</translation>
    </message>
    <message>
        <source>Cluster ID: %1</source>
        <translation>Cluster ID: %1</translation>
    </message>
    <message>
        <source>Cluster name: %1</source>
        <translation>Cluster name: %1</translation>
    </message>
    <message>
        <source>Nodes: %1 (%2 managers)</source>
        <translation>Nodes: %1 (%2 managers)</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Created: %1</translation>
    </message>
    <message>
        <source>Heartbeat: %1 s</source>
        <translation>Heartbeat: %1 s</translation>
    </message>
    <message>
        <source>Worker join token: %1</source>
        <translation>Worker join token: %1</translation>
    </message>
    <message>
        <source>Manager join token: %1</source>
        <translation>Manager join token: %1</translation>
    </message>
    <message>
        <source>List the swarm&apos;s machines (a manager&apos;s)</source>
        <translation>List the swarm&apos;s machines (a manager&apos;s)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>HOSTNAME</source>
        <translation>HOSTNAME</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>AVAILABILITY</source>
        <translation>AVAILABILITY</translation>
    </message>
    <message>
        <source>MANAGER STATUS</source>
        <translation>MANAGER STATUS</translation>
    </message>
    <message>
        <source>ENGINE VERSION</source>
        <translation>ENGINE VERSION</translation>
    </message>
    <message>
        <source>List the swarm&apos;s services (a manager&apos;s)</source>
        <translation>List the swarm&apos;s services (a manager&apos;s)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>REPLICAS</source>
        <translation>REPLICAS</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>IMAGE</translation>
    </message>
    <message>
        <source>PORTS</source>
        <translation>PORTS</translation>
    </message>
    <message>
        <source>List a service&apos;s tasks, with the machine of each</source>
        <translation>List a service&apos;s tasks, with the machine of each</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>NODE</translation>
    </message>
    <message>
        <source>DESIRED STATE</source>
        <translation>DESIRED STATE</translation>
    </message>
    <message>
        <source>CURRENT STATE</source>
        <translation>CURRENT STATE</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <source>Set how many replicas services run</source>
        <translation>Set how many replicas services run</translation>
    </message>
    <message>
        <source>%1 is not SERVICE=REPLICAS (a number, 0 or more).</source>
        <translation>%1 is not SERVICE=REPLICAS (a number, 0 or more).</translation>
    </message>
    <message>
        <source>%1 scaled to %2</source>
        <translation>%1 scaled to %2</translation>
    </message>
    <message>
        <source>Give a service another image: the swarm rolls it through its tasks</source>
        <translation>Give a service another image: the swarm rolls it through its tasks</translation>
    </message>
    <message>
        <source>The image the tasks run from now on.</source>
        <translation>The image the tasks run from now on.</translation>
    </message>
    <message>
        <source>Use: gontainer-cli service update --image IMAGE SERVICE</source>
        <translation>Use: gontainer-cli service update --image IMAGE SERVICE</translation>
    </message>
    <message>
        <source>%1 is being updated: follow it with gontainer-cli service ps %1</source>
        <translation>%1 is being updated: follow it with gontainer-cli service ps %1</translation>
    </message>
    <message>
        <source>Take a service back to what it was before its last update</source>
        <translation>Take a service back to what it was before its last update</translation>
    </message>
    <message>
        <source>%1 is being rolled back</source>
        <translation>%1 is being rolled back</translation>
    </message>
    <message>
        <source>Remove services and their tasks</source>
        <translation>Remove services and their tasks</translation>
    </message>
    <message>
        <source>List stacks: services grouped by their stack label</source>
        <translation>List stacks: services grouped by their stack label</translation>
    </message>
    <message>
        <source>SERVICES</source>
        <translation>SERVICES</translation>
    </message>
    <message>
        <source>List the swarm&apos;s secrets (never their data)</source>
        <translation>List the swarm&apos;s secrets (never their data)</translation>
    </message>
    <message>
        <source>List the swarm&apos;s configs</source>
        <translation>List the swarm&apos;s configs</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREATED</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>UPDATED</translation>
    </message>
    <message>
        <source>Create a secret from a file, or - for standard input</source>
        <translation>Create a secret from a file, or - for standard input</translation>
    </message>
    <message>
        <source>Create a config from a file, or - for standard input</source>
        <translation>Create a config from a file, or - for standard input</translation>
    </message>
    <message>
        <source>Set a label (repeat for more).</source>
        <translation>Set a label (repeat for more).</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>Use: gontainer-cli %1 create NAME FILE (or - for standard input) [--label KEY=VALUE]</source>
        <translation>Use: gontainer-cli %1 create NAME FILE (or - for standard input) [--label KEY=VALUE]</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: a %2 needs some content.</source>
        <translation>%1 is empty: a %2 needs some content.</translation>
    </message>
    <message>
        <source>Remove secrets</source>
        <translation>Remove secrets</translation>
    </message>
    <message>
        <source>Remove configs</source>
        <translation>Remove configs</translation>
    </message>
    <message>
        <source>Print the merged log of a service&apos;s tasks, each line with its task and machine</source>
        <translation>Print the merged log of a service&apos;s tasks, each line with its task and machine</translation>
    </message>
    <message>
        <source>Keep printing new lines until Ctrl+C.</source>
        <translation>Keep printing new lines until Ctrl+C.</translation>
    </message>
    <message>
        <source>Show when each line was logged.</source>
        <translation>Show when each line was logged.</translation>
    </message>
    <message>
        <source>Only the last N lines of each task.</source>
        <translation>Only the last N lines of each task.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--tail takes a number of lines: %1</source>
        <translation>--tail takes a number of lines: %1</translation>
    </message>
    <message>
        <source>Remove stacks: their services, then secrets, configs and networks</source>
        <translation>Remove stacks: their services, then secrets, configs and networks</translation>
    </message>
    <message>
        <source>No stack named %1: no service, network, secret or config carries its label.</source>
        <translation>No stack named %1: no service, network, secret or config carries its label.</translation>
    </message>
    <message>
        <source>Removed service %1</source>
        <translation>Removed service %1</translation>
    </message>
    <message>
        <source>Removed secret %1</source>
        <translation>Removed secret %1</translation>
    </message>
    <message>
        <source>Removed config %1</source>
        <translation>Removed config %1</translation>
    </message>
    <message>
        <source>Removed network %1</source>
        <translation>Removed network %1</translation>
    </message>
</context>
<context>
    <name>SwarmNodeModel</name>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Drained</source>
        <translation>Drained</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Disconnected</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Reachable</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <source>%1
Also the configured node &quot;%2&quot;</source>
        <translation>%1
Also the configured node &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Manager Status</source>
        <translation>Manager Status</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memory</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
</context>
<context>
    <name>SwarmPage</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Swarm</source>
        <translation>Swarm</translation>
    </message>
    <message>
        <source>S&amp;warm</source>
        <translation>S&amp;warm</translation>
    </message>
    <message>
        <source>Show &amp;Join Tokens</source>
        <translation>Show &amp;Join Tokens</translation>
    </message>
    <message>
        <source>Show the join tokens in full</source>
        <translation>Show the join tokens in full</translation>
    </message>
    <message>
        <source>Copy &amp;Worker Join Command</source>
        <translation>Copy &amp;Worker Join Command</translation>
    </message>
    <message>
        <source>Copy the command that joins another machine as a worker</source>
        <translation>Copy the command that joins another machine as a worker</translation>
    </message>
    <message>
        <source>Copy &amp;Manager Join Command</source>
        <translation>Copy &amp;Manager Join Command</translation>
    </message>
    <message>
        <source>Copy the command that joins another machine as a manager</source>
        <translation>Copy the command that joins another machine as a manager</translation>
    </message>
    <message>
        <source>Rotate W&amp;orker Token…</source>
        <translation>Rotate W&amp;orker Token…</translation>
    </message>
    <message>
        <source>Make a new worker join token; the old one stops working</source>
        <translation>Make a new worker join token; the old one stops working</translation>
    </message>
    <message>
        <source>Make a new manager join token; the old one stops working</source>
        <translation>Make a new manager join token; the old one stops working</translation>
    </message>
    <message>
        <source>&amp;Promote to Manager</source>
        <translation>&amp;Promote to Manager</translation>
    </message>
    <message>
        <source>Make the selected nodes managers</source>
        <translation>Make the selected nodes managers</translation>
    </message>
    <message>
        <source>&amp;Demote to Worker</source>
        <translation>&amp;Demote to Worker</translation>
    </message>
    <message>
        <source>Make the selected managers workers</source>
        <translation>Make the selected managers workers</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activate</translation>
    </message>
    <message>
        <source>Let the selected nodes take new tasks again</source>
        <translation>Let the selected nodes take new tasks again</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>Pa&amp;use</translation>
    </message>
    <message>
        <source>Give the selected nodes no new tasks; their tasks run on</source>
        <translation>Give the selected nodes no new tasks; their tasks run on</translation>
    </message>
    <message>
        <source>D&amp;rain</source>
        <translation>D&amp;rain</translation>
    </message>
    <message>
        <source>Move every task away from the selected nodes</source>
        <translation>Move every task away from the selected nodes</translation>
    </message>
    <message>
        <source>Remove &amp;Node…</source>
        <translation>Remove &amp;Node…</translation>
    </message>
    <message>
        <source>Remove the selected nodes from the swarm</source>
        <translation>Remove the selected nodes from the swarm</translation>
    </message>
    <message>
        <source>&amp;Scale…</source>
        <translation>&amp;Scale…</translation>
    </message>
    <message>
        <source>Change how many tasks the current service runs</source>
        <translation>Change how many tasks the current service runs</translation>
    </message>
    <message>
        <source>Update &amp;Image…</source>
        <translation>Update &amp;Image…</translation>
    </message>
    <message>
        <source>Roll another image through the current service&apos;s tasks</source>
        <translation>Roll another image through the current service&apos;s tasks</translation>
    </message>
    <message>
        <source>Roll &amp;Back</source>
        <translation>Roll &amp;Back</translation>
    </message>
    <message>
        <source>Return the current service to its spec before the last update</source>
        <translation>Return the current service to its spec before the last update</translation>
    </message>
    <message>
        <source>Remove Ser&amp;vice…</source>
        <translation>Remove Ser&amp;vice…</translation>
    </message>
    <message>
        <source>Remove the selected services and their tasks</source>
        <translation>Remove the selected services and their tasks</translation>
    </message>
    <message>
        <source>Remove the selected secrets and configs</source>
        <translation>Remove the selected secrets and configs</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation>&amp;Node:</translation>
    </message>
    <message>
        <source>The configured node whose swarm is shown</source>
        <translation>The configured node whose swarm is shown</translation>
    </message>
    <message>
        <source>Search nodes, services, stacks and secrets</source>
        <translation>Search nodes, services, stacks and secrets</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>Ser&amp;vices</source>
        <translation>Ser&amp;vices</translation>
    </message>
    <message>
        <source>Secrets &amp;&amp; &amp;Configs</source>
        <translation>Secrets &amp;&amp; &amp;Configs</translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation>Cluster:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <source>Nodes:</source>
        <translation>Nodes:</translation>
    </message>
    <message>
        <source>This node:</source>
        <translation>This node:</translation>
    </message>
    <message>
        <source>Raft:</source>
        <translation>Raft:</translation>
    </message>
    <message>
        <source>Heartbeat:</source>
        <translation>Heartbeat:</translation>
    </message>
    <message>
        <source>Task history:</source>
        <translation>Task history:</translation>
    </message>
    <message>
        <source>Certificates:</source>
        <translation>Certificates:</translation>
    </message>
    <message>
        <source>Autolock:</source>
        <translation>Autolock:</translation>
    </message>
    <message>
        <source>Address pool:</source>
        <translation>Address pool:</translation>
    </message>
    <message>
        <source>Join tokens</source>
        <translation>Join tokens</translation>
    </message>
    <message>
        <source>Worker:</source>
        <translation>Worker:</translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation>Manager:</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>worker</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No configured node is in a Docker swarm.
A node whose engine is a swarm&apos;s manager shows the cluster here.</source>
        <translation>No configured node is in a Docker swarm.
A node whose engine is a swarm&apos;s manager shows the cluster here.</translation>
    </message>
    <message>
        <source>%1 is a worker of a swarm: only managers can show the cluster.
Add one of its managers (%2) as a node to see it.</source>
        <translation>%1 is a worker of a swarm: only managers can show the cluster.
Add one of its managers (%2) as a node to see it.</translation>
    </message>
    <message>
        <source>Not current: %1</source>
        <translation>Not current: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cluster %1: %n node(s)</source>
        <translation>
            <numerusform>Cluster %1: %n node</numerusform>
            <numerusform>Cluster %1: %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n manager(s), </source>
        <translation>
            <numerusform>%n manager, </numerusform>
            <numerusform>%n managers, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n worker</numerusform>
            <numerusform>%n workers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not ready</source>
        <translation>
            <numerusform>%n not ready</numerusform>
            <numerusform>%n not ready</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>election every %1 ticks, heartbeat every %2, snapshot every %3 entries</source>
        <translation>election every %1 ticks, heartbeat every %2, snapshot every %3 entries</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) kept per slot</source>
        <translation>
            <numerusform>%n task kept per slot</numerusform>
            <numerusform>%n tasks kept per slot</numerusform>
        </translation>
    </message>
    <message>
        <source>renewed every %1</source>
        <translation>renewed every %1</translation>
    </message>
    <message>
        <source>on: a restarted manager needs the unlock key</source>
        <translation>on: a restarted manager needs the unlock key</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>%1, /%2 per network</source>
        <translation>%1, /%2 per network</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Copied the command that joins a manager.</source>
        <translation>Copied the command that joins a manager.</translation>
    </message>
    <message>
        <source>Copied the command that joins a worker.</source>
        <translation>Copied the command that joins a worker.</translation>
    </message>
    <message>
        <source>Rotate Join Token</source>
        <translation>Rotate Join Token</translation>
    </message>
    <message>
        <source>Make a new manager join token?</source>
        <translation>Make a new manager join token?</translation>
    </message>
    <message>
        <source>Make a new worker join token?</source>
        <translation>Make a new worker join token?</translation>
    </message>
    <message>
        <source>The current token stops working: machines that have not joined yet need the new one. Machines already in the swarm are not affected.</source>
        <translation>The current token stops working: machines that have not joined yet need the new one. Machines already in the swarm are not affected.</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotate</translation>
    </message>
    <message>
        <source>Rotating the join token…</source>
        <translation>Rotating the join token…</translation>
    </message>
    <message>
        <source>Made a new join token.</source>
        <translation>Made a new join token.</translation>
    </message>
    <message>
        <source>Could not rotate the join token</source>
        <translation>Could not rotate the join token</translation>
    </message>
    <message>
        <source>Promoting %1…</source>
        <translation>Promoting %1…</translation>
    </message>
    <message>
        <source>Demoting %1…</source>
        <translation>Demoting %1…</translation>
    </message>
    <message>
        <source>Activating %1…</source>
        <translation>Activating %1…</translation>
    </message>
    <message>
        <source>Pausing %1…</source>
        <translation>Pausing %1…</translation>
    </message>
    <message>
        <source>Draining %1…</source>
        <translation>Draining %1…</translation>
    </message>
    <message>
        <source>Drain Node</source>
        <translation>Drain Node</translation>
    </message>
    <message>
        <source>Drain %1?</source>
        <translation>Drain %1?</translation>
    </message>
    <message>
        <source>Its tasks stop there and start on other nodes; it takes no new ones until it is activated again.</source>
        <translation>Its tasks stop there and start on other nodes; it takes no new ones until it is activated again.</translation>
    </message>
    <message>
        <source>Drain</source>
        <translation>Drain</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: done.</translation>
    </message>
    <message>
        <source>Could not change %1</source>
        <translation>Could not change %1</translation>
    </message>
    <message>
        <source>The node is up: it must leave the swarm itself first (docker swarm leave on it), or be removed by force, which leaves its engine thinking it is still in the swarm.</source>
        <translation>The node is up: it must leave the swarm itself first (docker swarm leave on it), or be removed by force, which leaves its engine thinking it is still in the swarm.</translation>
    </message>
    <message>
        <source>The node is down. Its tasks are already placed elsewhere.</source>
        <translation>The node is down. Its tasks are already placed elsewhere.</translation>
    </message>
    <message>
        <source>It is a manager: demote it first where you can, or the swarm may lose its quorum.</source>
        <translation>It is a manager: demote it first where you can, or the swarm may lose its quorum.</translation>
    </message>
    <message>
        <source>Remove Node</source>
        <translation>Remove Node</translation>
    </message>
    <message>
        <source>Remove %1 from the swarm?</source>
        <translation>Remove %1 from the swarm?</translation>
    </message>
    <message>
        <source>Remove by Force</source>
        <translation>Remove by Force</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Removing %1 from the swarm…</source>
        <translation>Removing %1 from the swarm…</translation>
    </message>
    <message>
        <source>Removed %1 from the swarm.</source>
        <translation>Removed %1 from the swarm.</translation>
    </message>
    <message>
        <source>Could not remove %1</source>
        <translation>Could not remove %1</translation>
    </message>
    <message>
        <source>Tasks of %1</source>
        <translation>Tasks of %1</translation>
    </message>
    <message>
        <source>Choose a service to see its tasks.</source>
        <translation>Choose a service to see its tasks.</translation>
    </message>
    <message>
        <source>Scale Service</source>
        <translation>Scale Service</translation>
    </message>
    <message>
        <source>Tasks of %1 to run:</source>
        <translation>Tasks of %1 to run:</translation>
    </message>
    <message numerus="yes">
        <source>Scaling %1 to %n task(s)…</source>
        <translation>
            <numerusform>Scaling %1 to %n task…</numerusform>
            <numerusform>Scaling %1 to %n tasks…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scaled %1 to %n task(s).</source>
        <translation>
            <numerusform>Scaled %1 to %n task.</numerusform>
            <numerusform>Scaled %1 to %n tasks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not scale %1</source>
        <translation>Could not scale %1</translation>
    </message>
    <message>
        <source>Update Image</source>
        <translation>Update Image</translation>
    </message>
    <message>
        <source>Image for the tasks of %1:</source>
        <translation>Image for the tasks of %1:</translation>
    </message>
    <message>
        <source>Updating %1 to %2…</source>
        <translation>Updating %1 to %2…</translation>
    </message>
    <message>
        <source>%1 is rolling to %2: the Update column follows it.</source>
        <translation>%1 is rolling to %2: the Update column follows it.</translation>
    </message>
    <message>
        <source>Could not update %1</source>
        <translation>Could not update %1</translation>
    </message>
    <message>
        <source>Roll Back Service</source>
        <translation>Roll Back Service</translation>
    </message>
    <message>
        <source>Roll %1 back?</source>
        <translation>Roll %1 back?</translation>
    </message>
    <message>
        <source>Its tasks are replaced with ones of the spec before its last update.</source>
        <translation>Its tasks are replaced with ones of the spec before its last update.</translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation>Roll Back</translation>
    </message>
    <message>
        <source>Rolling %1 back…</source>
        <translation>Rolling %1 back…</translation>
    </message>
    <message>
        <source>%1 is rolling back: the Update column follows it.</source>
        <translation>%1 is rolling back: the Update column follows it.</translation>
    </message>
    <message>
        <source>Could not roll %1 back</source>
        <translation>Could not roll %1 back</translation>
    </message>
    <message>
        <source>Remove Service</source>
        <translation>Remove Service</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n service(s)?</source>
        <translation>
            <numerusform>Remove %n service?</numerusform>
            <numerusform>Remove %n services?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Their tasks stop on every node.</source>
        <translation>%1
Their tasks stop on every node.</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>Removing %1…</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Removed %1.</translation>
    </message>
    <message>
        <source>Remove Secret or Config</source>
        <translation>Remove Secret or Config</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n secret(s) or config(s)?</source>
        <translation>
            <numerusform>Remove %n secret or config?</numerusform>
            <numerusform>Remove %n secrets or configs?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
The swarm refuses to remove one that a service still uses.</source>
        <translation>%1
The swarm refuses to remove one that a service still uses.</translation>
    </message>
    <message>
        <source>The task runs on %1, which is not a configured node: add it in Nodes to see its containers.</source>
        <translation>The task runs on %1, which is not a configured node: add it in Nodes to see its containers.</translation>
    </message>
    <message>
        <source>No&amp;des</source>
        <translation>No&amp;des</translation>
    </message>
    <message>
        <source>Service &amp;Logs</source>
        <translation>Service &amp;Logs</translation>
    </message>
    <message>
        <source>Show the merged log of the current service&apos;s tasks</source>
        <translation>Show the merged log of the current service&apos;s tasks</translation>
    </message>
    <message>
        <source>&amp;Create Secret or Config…</source>
        <translation>&amp;Create Secret or Config…</translation>
    </message>
    <message>
        <source>Add a secret or a config to the swarm</source>
        <translation>Add a secret or a config to the swarm</translation>
    </message>
    <message>
        <source>Created the secret %1.</source>
        <translation>Created the secret %1.</translation>
    </message>
    <message>
        <source>Created the config %1.</source>
        <translation>Created the config %1.</translation>
    </message>
    <message>
        <source>Create Servic&amp;e…</source>
        <translation>Create Servic&amp;e…</translation>
    </message>
    <message>
        <source>Run a new service on the swarm</source>
        <translation>Run a new service on the swarm</translation>
    </message>
    <message>
        <source>Created the service %1: its tasks are starting.</source>
        <translation>Created the service %1: its tasks are starting.</translation>
    </message>
    <message>
        <source>Rotate Mana&amp;ger Token…</source>
        <translation>Rotate Mana&amp;ger Token…</translation>
    </message>
    <message>
        <source>Remove Secret or Con&amp;fig…</source>
        <translation>Remove Secret or Con&amp;fig…</translation>
    </message>
    <message>
        <source>Se&amp;t Node Labels…</source>
        <translation>Se&amp;t Node Labels…</translation>
    </message>
    <message>
        <source>Change the current node&apos;s labels, which service constraints can ask for</source>
        <translation>Change the current node&apos;s labels, which service constraints can ask for</translation>
    </message>
    <message>
        <source>Remove Stac&amp;k…</source>
        <translation>Remove Stac&amp;k…</translation>
    </message>
    <message>
        <source>Remove the selected stacks: their services, networks, secrets and configs</source>
        <translation>Remove the selected stacks: their services, networks, secrets and configs</translation>
    </message>
    <message>
        <source>S&amp;tacks</source>
        <translation>S&amp;tacks</translation>
    </message>
    <message>
        <source>Set Node Labels</source>
        <translation>Set Node Labels</translation>
    </message>
    <message>
        <source>Labels of %1, one key=value a line. A service&apos;s constraint such as node.labels.zone==east places its tasks by them.</source>
        <translation>Labels of %1, one key=value a line. A service&apos;s constraint such as node.labels.zone==east places its tasks by them.</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>Setting the labels of %1…</source>
        <translation>Setting the labels of %1…</translation>
    </message>
    <message>
        <source>Set the labels of %1.</source>
        <translation>Set the labels of %1.</translation>
    </message>
    <message>
        <source>Could not set the labels of %1</source>
        <translation>Could not set the labels of %1</translation>
    </message>
    <message>
        <source>Choose a stack to see its services.</source>
        <translation>Choose a stack to see its services.</translation>
    </message>
    <message>
        <source>Services of %1</source>
        <translation>Services of %1</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n network</numerusform>
            <numerusform>%n networks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s)</source>
        <translation>
            <numerusform>%n secret</numerusform>
            <numerusform>%n secrets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n config(s)</source>
        <translation>
            <numerusform>%n config</numerusform>
            <numerusform>%n configs</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Stack</source>
        <translation>Remove Stack</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n stack(s)?</source>
        <translation>
            <numerusform>Remove %n stack?</numerusform>
            <numerusform>Remove %n stacks?</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing stack %1…</source>
        <translation>Removing stack %1…</translation>
    </message>
    <message>
        <source>Could not remove stack %1: %2</source>
        <translation>Could not remove stack %1: %2</translation>
    </message>
    <message>
        <source>Removed only part of stack %1: %2</source>
        <translation>Removed only part of stack %1: %2</translation>
    </message>
    <message>
        <source>Removed stack %1.</source>
        <translation>Removed stack %1.</translation>
    </message>
    <message>
        <source>Remove stack %1?</source>
        <translation>Remove stack %1?</translation>
    </message>
</context>
<context>
    <name>SwarmSecretModel</name>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Config</translation>
    </message>
    <message>
        <source>A secret&apos;s content is never shown: the swarm gives it only to the services that use it.</source>
        <translation>A secret&apos;s content is never shown: the swarm gives it only to the services that use it.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>Stack</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>SwarmServiceModel</name>
    <message>
        <source>Replicated</source>
        <translation>Replicated</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Replicated job</source>
        <translation>Replicated job</translation>
    </message>
    <message>
        <source>Global job</source>
        <translation>Global job</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>(host)</source>
        <translation>(host)</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Updating</translation>
    </message>
    <message>
        <source>Update paused</source>
        <translation>Update paused</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation>Rolling back</translation>
    </message>
    <message>
        <source>Rollback paused</source>
        <translation>Rollback paused</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Rolled back</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>Stack</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replicas</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>%1: %2 of %3 tasks</source>
        <translation>%1: %2 of %3 tasks</translation>
    </message>
</context>
<context>
    <name>SwarmStackModel</name>
    <message>
        <source>Tasks running / asked for, across the stack&apos;s services</source>
        <translation>Tasks running / asked for, across the stack&apos;s services</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>Stack</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Networks</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Configs</source>
        <translation>Configs</translation>
    </message>
</context>
<context>
    <name>SwarmTaskModel</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Preparing</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Starting</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>Shut down</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>Removing</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>Orphaned</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Desired State</source>
        <translation>Desired State</translation>
    </message>
    <message>
        <source>Current State</source>
        <translation>Current State</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
</context>
<context>
    <name>SwarmWatcher</name>
    <message>
        <source>the node is gone</source>
        <translation>the node is gone</translation>
    </message>
</context>
<context>
    <name>SystemCommands</name>
    <message>
        <source>Check that the engine answers</source>
        <translation>Check that the engine answers</translation>
    </message>
    <message>
        <source>Show the engine, its version and capabilities</source>
        <translation>Show the engine, its version and capabilities</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>FIELD</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API version</translation>
    </message>
    <message>
        <source>Libpod API version</source>
        <translation>Libpod API version</translation>
    </message>
    <message>
        <source>OS/Arch</source>
        <translation>OS/Arch</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Features</translation>
    </message>
    <message>
        <source>Show the node: machine, engine, storage, counts</source>
        <translation>Show the node: machine, engine, storage, counts</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Host name</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Operating system</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memory</translation>
    </message>
    <message>
        <source>Engine version</source>
        <translation>Engine version</translation>
    </message>
    <message>
        <source>Storage driver</source>
        <translation>Storage driver</translation>
    </message>
    <message>
        <source>Cgroup</source>
        <translation>Cgroup</translation>
    </message>
    <message>
        <source>Root folder</source>
        <translation>Root folder</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Containers</translation>
    </message>
    <message>
        <source>%1 (%2 running, %3 paused, %4 stopped)</source>
        <translation>%1 (%2 running, %3 paused, %4 stopped)</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Show disk use of images, containers, volumes, cache</source>
        <translation>Show disk use of images, containers, volumes, cache</translation>
    </message>
    <message>
        <source>Local volumes</source>
        <translation>Local volumes</translation>
    </message>
    <message>
        <source>Build cache</source>
        <translation>Build cache</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>ACTIVE</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>RECLAIMABLE</source>
        <translation>RECLAIMABLE</translation>
    </message>
    <message>
        <source>List the nodes the app shows (state, latency, engine), add or remove one</source>
        <translation>List the nodes the app shows (state, latency, engine), add or remove one</translation>
    </message>
    <message>
        <source>add: speak TLS to a tcp:// node.</source>
        <translation>add: speak TLS to a tcp:// node.</translation>
    </message>
    <message>
        <source>add: the folder with ca.pem, cert.pem and key.pem (implies --tls).</source>
        <translation>add: the folder with ca.pem, cert.pem and key.pem (implies --tls).</translation>
    </message>
    <message>
        <source>add: do not verify the engine&apos;s certificate (not recommended).</source>
        <translation>add: do not verify the engine&apos;s certificate (not recommended).</translation>
    </message>
    <message>
        <source>add: the SSH private key for an ssh:// node.</source>
        <translation>add: the SSH private key for an ssh:// node.</translation>
    </message>
    <message>
        <source>import: show what would be added, add nothing.</source>
        <translation>import: show what would be added, add nothing.</translation>
    </message>
    <message>
        <source>add: read the SSH key&apos;s passphrase from standard input and keep it in the desktop keychain.</source>
        <translation>add: read the SSH key&apos;s passphrase from standard input and keep it in the desktop keychain.</translation>
    </message>
    <message>
        <source>Use: gontainer-cli nodes import [--dry-run]</source>
        <translation>Use: gontainer-cli nodes import [--dry-run]</translation>
    </message>
    <message>
        <source>Use: gontainer-cli nodes add NAME URL</source>
        <translation>Use: gontainer-cli nodes add NAME URL</translation>
    </message>
    <message>
        <source>--passphrase-stdin needs --identity FILE and a passphrase on standard input.</source>
        <translation>--passphrase-stdin needs --identity FILE and a passphrase on standard input.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>The passphrase is empty.</translation>
    </message>
    <message>
        <source>Use: gontainer-cli nodes rm NAME</source>
        <translation>Use: gontainer-cli nodes rm NAME</translation>
    </message>
    <message>
        <source>Unknown nodes action %1: use add, rm or import, or nothing to list.</source>
        <translation>Unknown nodes action %1: use add, rm or import, or nothing to list.</translation>
    </message>
    <message>
        <source>Remove what nothing uses: stopped containers, unused networks and pods, dangling images</source>
        <translation>Remove what nothing uses: stopped containers, unused networks and pods, dangling images</translation>
    </message>
    <message>
        <source>Remove every image no container uses, not only dangling ones.</source>
        <translation>Remove every image no container uses, not only dangling ones.</translation>
    </message>
    <message>
        <source>Remove the volumes no container uses too.</source>
        <translation>Remove the volumes no container uses too.</translation>
    </message>
    <message>
        <source>Use: gontainer-cli system prune [--all] [--volumes] [--force]</source>
        <translation>Use: gontainer-cli system prune [--all] [--volumes] [--force]</translation>
    </message>
    <message>
        <source>- every stopped container</source>
        <translation>- every stopped container</translation>
    </message>
    <message>
        <source>- every network no container uses</source>
        <translation>- every network no container uses</translation>
    </message>
    <message>
        <source>- every image no container uses</source>
        <translation>- every image no container uses</translation>
    </message>
    <message>
        <source>- every dangling image (one without a name)</source>
        <translation>- every dangling image (one without a name)</translation>
    </message>
    <message>
        <source>- every volume no container uses, with its data</source>
        <translation>- every volume no container uses, with its data</translation>
    </message>
    <message>
        <source>- the build cache no build uses, where the engine keeps one</source>
        <translation>- the build cache no build uses, where the engine keeps one</translation>
    </message>
    <message>
        <source>- on Podman, every pod with no running container</source>
        <translation>- on Podman, every pod with no running container</translation>
    </message>
    <message>
        <source>This removes from %1:</source>
        <translation>This removes from %1:</translation>
    </message>
    <message>
        <source>Deleted pods:</source>
        <translation>Deleted pods:</translation>
    </message>
    <message>
        <source>Deleted containers:</source>
        <translation>Deleted containers:</translation>
    </message>
    <message>
        <source>Deleted networks:</source>
        <translation>Deleted networks:</translation>
    </message>
    <message>
        <source>Deleted volumes:</source>
        <translation>Deleted volumes:</translation>
    </message>
    <message>
        <source>Deleted images:</source>
        <translation>Deleted images:</translation>
    </message>
    <message>
        <source>Deleted build cache:</source>
        <translation>Deleted build cache:</translation>
    </message>
    <message>
        <source>add: send registry logins to this tcp:// node without TLS, where anyone on the network can read them (not recommended).</source>
        <translation>add: send registry logins to this tcp:// node without TLS, where anyone on the network can read them (not recommended).</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Pull</translation>
    </message>
    <message>
        <source>Engine build</source>
        <translation>Engine build</translation>
    </message>
    <message>
        <source>Engine ID</source>
        <translation>Engine ID</translation>
    </message>
    <message>
        <source>%1 (managed by %2: read-only)</source>
        <translation>%1 (managed by %2: read-only)</translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation>Namespaces</translation>
    </message>
    <message>
        <source>Snapshotter</source>
        <translation>Snapshotter</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Runtime</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>not used here: %1</source>
        <translation>not used here: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <source>add: show only this namespace of a containerd node (containerd:///path.sock, containerd+ssh://USER@HOST/path.sock, containerd+tcp://HOST:PORT); without it, every namespace.</source>
        <translation>add: show only this namespace of a containerd node (containerd:///path.sock, containerd+ssh://USER@HOST/path.sock, containerd+tcp://HOST:PORT); without it, every namespace.</translation>
    </message>
    <message>
        <source>--namespace is for containerd nodes: give an address such as containerd:///run/containerd/containerd.sock.</source>
        <translation>--namespace is for containerd nodes: give an address such as containerd:///run/containerd/containerd.sock.</translation>
    </message>
</context>
<context>
    <name>TagImageDialog</name>
    <message>
        <source>Tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>Gives the image another name on its node; the image itself stays as it is. To push it to a registry, begin the name with the registry&apos;s address.</source>
        <translation>Gives the image another name on its node; the image itself stays as it is. To push it to a registry, begin the name with the registry&apos;s address.</translation>
    </message>
    <message>
        <source>myapp:1.0 or registry.example:5000/team/myapp:1.0</source>
        <translation>myapp:1.0 or registry.example:5000/team/myapp:1.0</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>&amp;New name:</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tag: use letters, digits and . _ - (at most 128).</source>
        <translation>&quot;%1&quot; is not a tag: use letters, digits and . _ - (at most 128).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image name: use lowercase letters, digits and . _ - in parts separated by /, then :tag if you like.</source>
        <translation>&quot;%1&quot; is not an image name: use lowercase letters, digits and . _ - in parts separated by /, then :tag if you like.</translation>
    </message>
</context>
<context>
    <name>TcpConnection</name>
    <message>
        <source>cannot read the CA certificate %1</source>
        <translation>cannot read the CA certificate %1</translation>
    </message>
    <message>
        <source>cannot read the client certificate %1</source>
        <translation>cannot read the client certificate %1</translation>
    </message>
    <message>
        <source>cannot read the client key %1</source>
        <translation>cannot read the client key %1</translation>
    </message>
    <message>
        <source>the client key %1 is not an unencrypted RSA or EC key in PEM form</source>
        <translation>the client key %1 is not an unencrypted RSA or EC key in PEM form</translation>
    </message>
</context>
<context>
    <name>TerminalView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Clear Scrollback</source>
        <translation>Clear Scrollback</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Gontainer</source>
        <translation>Gontainer</translation>
    </message>
    <message>
        <source>Gontainer: %1</source>
        <translation>Gontainer: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) unhealthy</source>
        <translation>
            <numerusform>%n container unhealthy</numerusform>
            <numerusform>%n containers unhealthy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) offline</source>
        <translation>
            <numerusform>%n node offline</numerusform>
            <numerusform>%n nodes offline</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is offline</source>
        <translation>%1 is offline</translation>
    </message>
    <message>
        <source>%1 is unhealthy (%2)</source>
        <translation>%1 is unhealthy (%2)</translation>
    </message>
    <message>
        <source>Show Gontainer</source>
        <translation>Show Gontainer</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>VolumeCommands</name>
    <message>
        <source>Create a volume</source>
        <translation>Create a volume</translation>
    </message>
    <message>
        <source>The volume driver (default: local).</source>
        <translation>The volume driver (default: local).</translation>
    </message>
    <message>
        <source>DRIVER</source>
        <translation>DRIVER</translation>
    </message>
    <message>
        <source>Set a driver option (repeat for more).</source>
        <translation>Set a driver option (repeat for more).</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>Set a label (repeat for more).</source>
        <translation>Set a label (repeat for more).</translation>
    </message>
    <message>
        <source>Use: gontainer-cli volume create [NAME] [--driver DRIVER] [--opt KEY=VALUE] [--label KEY=VALUE]</source>
        <translation>Use: gontainer-cli volume create [NAME] [--driver DRIVER] [--opt KEY=VALUE] [--label KEY=VALUE]</translation>
    </message>
    <message>
        <source>Show volumes&apos; full details as JSON</source>
        <translation>Show volumes&apos; full details as JSON</translation>
    </message>
    <message>
        <source>Remove volumes</source>
        <translation>Remove volumes</translation>
    </message>
    <message>
        <source>Remove even if the engine would keep it (where the engine allows).</source>
        <translation>Remove even if the engine would keep it (where the engine allows).</translation>
    </message>
    <message>
        <source>Containers using %1: %2.</source>
        <translation>Containers using %1: %2.</translation>
    </message>
    <message>
        <source>Remove the volumes no container uses</source>
        <translation>Remove the volumes no container uses</translation>
    </message>
    <message>
        <source>This removes every volume no container uses on %1, with its data.</source>
        <translation>This removes every volume no container uses on %1, with its data.</translation>
    </message>
    <message>
        <source>Deleted volumes:</source>
        <translation>Deleted volumes:</translation>
    </message>
</context>
<context>
    <name>VolumeDetailsView</name>
    <message>
        <source>Close the details</source>
        <translation>Close the details</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspect</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Double-click a container to show it</source>
        <translation>Double-click a container to show it</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <source>Reading the volume…</source>
        <translation>Reading the volume…</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Mountpoint</source>
        <translation>Mountpoint</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Driver options</source>
        <translation>Driver options</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Containers</translation>
    </message>
    <message>
        <source>Containers (%1)</source>
        <translation>Containers (%1)</translation>
    </message>
</context>
<context>
    <name>VolumeTableModel</name>
    <message>
        <source>Not measured: the engine has not said</source>
        <translation>Not measured: the engine has not said</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>Not counted: the engine has not said</source>
        <translation>Not counted: the engine has not said</translation>
    </message>
    <message>
        <source>No container uses this volume</source>
        <translation>No container uses this volume</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) use this volume</source>
        <translation>
            <numerusform>%n container use this volume</numerusform>
            <numerusform>%n containers use this volume</numerusform>
        </translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Mountpoint</source>
        <translation>Mountpoint</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Containers</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
</context>
<context>
    <name>VolumesPage</name>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>&amp;Volume</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Create…</translation>
    </message>
    <message>
        <source>Create a volume on a node</source>
        <translation>Create a volume on a node</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;move…</translation>
    </message>
    <message>
        <source>Remove the selected volumes and the data in them</source>
        <translation>Remove the selected volumes and the data in them</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Show the current volume&apos;s details and its JSON</source>
        <translation>Show the current volume&apos;s details and its JSON</translation>
    </message>
    <message>
        <source>Show &amp;Containers</source>
        <translation>Show &amp;Containers</translation>
    </message>
    <message>
        <source>Show the containers using the current volume</source>
        <translation>Show the containers using the current volume</translation>
    </message>
    <message>
        <source>Pr&amp;une…</source>
        <translation>Pr&amp;une…</translation>
    </message>
    <message>
        <source>Remove the volumes no container uses, showing first what would go</source>
        <translation>Remove the volumes no container uses, showing first what would go</translation>
    </message>
    <message>
        <source>Search name, driver, mountpoint, labels</source>
        <translation>Search name, driver, mountpoint, labels</translation>
    </message>
    <message>
        <source>Show the volumes of one node</source>
        <translation>Show the volumes of one node</translation>
    </message>
    <message>
        <source>Used or not</source>
        <translation>Used or not</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Unused</translation>
    </message>
    <message>
        <source>Show only volumes that containers use, or only those none uses</source>
        <translation>Show only volumes that containers use, or only those none uses</translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>All nodes</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s), %1, %2 unused</source>
        <translation>
            <numerusform>%n volume, %1, %2 unused</numerusform>
            <numerusform>%n volumes, %1, %2 unused</numerusform>
        </translation>
    </message>
    <message>
        <source>No volume matches the search and filters.
Clear the search, or choose &quot;All nodes&quot; and &quot;Used or not&quot; in the filters.</source>
        <translation>No volume matches the search and filters.
Clear the search, or choose &quot;All nodes&quot; and &quot;Used or not&quot; in the filters.</translation>
    </message>
    <message>
        <source>No nodes.</source>
        <translation>No nodes.</translation>
    </message>
    <message>
        <source>No volumes yet.
Volumes you or your containers create appear here.</source>
        <translation>No volumes yet.
Volumes you or your containers create appear here.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>No node can be reached.</source>
        <translation>No node can be reached.</translation>
    </message>
    <message>
        <source>Created the volume %1 on %2.</source>
        <translation>Created the volume %1 on %2.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>The data in them is lost; this cannot be undone.</source>
        <translation>The data in them is lost; this cannot be undone.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them are used by containers: the engine refuses those, and then names the containers.</source>
        <translation>
            <numerusform>%n of them are used by containers: the engine refuses those, and then names the containers.</numerusform>
            <numerusform>%n of them are used by containers: the engine refuses those, and then names the containers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the volume %1?</source>
        <translation>Remove the volume %1?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n volume(s)?</source>
        <translation>
            <numerusform>Remove %n volume?</numerusform>
            <numerusform>Remove %n volumes?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Volumes</source>
        <translation>Remove Volumes</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Removing %1 and its containers from %2…</source>
        <translation>Removing %1 and its containers from %2…</translation>
    </message>
    <message>
        <source>Removing %1 from %2…</source>
        <translation>Removing %1 from %2…</translation>
    </message>
    <message>
        <source>Removed the volume %1 from %2.</source>
        <translation>Removed the volume %1 from %2.</translation>
    </message>
    <message>
        <source>Removed the volume %1 and its containers %2 from %3.</source>
        <translation>Removed the volume %1 and its containers %2 from %3.</translation>
    </message>
    <message>
        <source>%1 on %2 is used by %3, so the engine keeps it.</source>
        <translation>%1 on %2 is used by %3, so the engine keeps it.</translation>
    </message>
    <message>
        <source>Cannot remove %1 from %2: a container uses it. %3</source>
        <translation>Cannot remove %1 from %2: a container uses it. %3</translation>
    </message>
    <message>
        <source>Could not remove %1 from %2: %3</source>
        <translation>Could not remove %1 from %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Containers using it:</source>
        <translation>Containers using it:</translation>
    </message>
    <message>
        <source>Removing by force removes these containers first, then the volume.</source>
        <translation>Removing by force removes these containers first, then the volume.</translation>
    </message>
    <message>
        <source>Running containers are stopped.</source>
        <translation>Running containers are stopped.</translation>
    </message>
    <message>
        <source>Volume in Use</source>
        <translation>Volume in Use</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2 is used by %n container(s). Remove them and the volume?</source>
        <translation>
            <numerusform>%1 on %2 is used by %n container. Remove them and the volume?</numerusform>
            <numerusform>%1 on %2 is used by %n containers. Remove them and the volume?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Containers and Volume</source>
        <translation>Remove Containers and Volume</translation>
    </message>
    <message>
        <source>No volume is unused now, as far as the engines said.</source>
        <translation>No volume is unused now, as far as the engines said.</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s) not counted yet are removed too if no container uses them.</source>
        <translation>
            <numerusform>%n volume not counted yet are removed too if no container uses them.</numerusform>
            <numerusform>%n volumes not counted yet are removed too if no container uses them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n unused volume(s) (%1) from %2?</source>
        <translation>
            <numerusform>Remove %n unused volume (%1) from %2?</numerusform>
            <numerusform>Remove %n unused volumes (%1) from %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>Prune Volumes</source>
        <translation>Prune Volumes</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>Prune</translation>
    </message>
    <message>
        <source>Pruning unused volumes on %1…</source>
        <translation>Pruning unused volumes on %1…</translation>
    </message>
    <message>
        <source>Could not prune volumes on %1: %2</source>
        <translation>Could not prune volumes on %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Pruned %n volume(s) on %1: %2 freed.</source>
        <translation>
            <numerusform>Pruned %n volume on %1: %2 freed.</numerusform>
            <numerusform>Pruned %n volumes on %1: %2 freed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not list the containers using %1 on %2: %3</source>
        <translation>Could not list the containers using %1 on %2: %3</translation>
    </message>
    <message>
        <source>No container uses %1 on %2.</source>
        <translation>No container uses %1 on %2.</translation>
    </message>
    <message>
        <source>No node&apos;s engine has volumes: containers there mount folders of the host. Add a Docker or Podman node to manage volumes.</source>
        <translation>No node&apos;s engine has volumes: containers there mount folders of the host. Add a Docker or Podman node to manage volumes.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Gontainer shows the containers of your engines and keeps them current.</source>
        <translation>Gontainer shows the containers of your engines and keeps them current.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>Use this language (en or ko) instead of the saved choice or the system&apos;s.</source>
        <translation>Use this language (en or ko) instead of the saved choice or the system&apos;s.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Connect to the engine at ADDRESS (for example unix:///run/podman/podman.sock, or tcp://HOST:2376 with DOCKER_TLS_VERIFY and DOCKER_CERT_PATH) instead of looking for the local one.</source>
        <translation>Connect to the engine at ADDRESS (for example unix:///run/podman/podman.sock, or tcp://HOST:2376 with DOCKER_TLS_VERIFY and DOCKER_CERT_PATH) instead of looking for the local one.</translation>
    </message>
</context>
</TS>
