<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppController</name>
    <message>
        <source>No container engine was running, so Gontainer started a Podman service for this session at %1. It stops when you quit Gontainer.</source>
        <translation>No container engine was running, so Gontainer started a Podman service for this session at %1. It stops when you quit Gontainer.</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>this version cannot connect over SSH yet</source>
        <translation>this version cannot connect over SSH yet</translation>
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
        <source>the container list is not the JSON the API promises</source>
        <translation>the container list is not the JSON the API promises</translation>
    </message>
</context>
<context>
    <name>DockerEventStream</name>
    <message>
        <source>the event stream is not JSON</source>
        <translation>the event stream is not JSON</translation>
    </message>
    <message>
        <source>the engine ended the event stream</source>
        <translation>the engine ended the event stream</translation>
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
</context>
<context>
    <name>HttpReply</name>
    <message>
        <source>more than %1 MiB</source>
        <translation>more than %1 MiB</translation>
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
        <source>Reconnect to the engine and read its containers again</source>
        <translation>Reconnect to the engine and read its containers again</translation>
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
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>No engine</source>
        <translation>No engine</translation>
    </message>
    <message>
        <source>The list shows the last known state.</source>
        <translation>The list shows the last known state.</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n second(s).</source>
        <translation>
            <numerusform>Retrying in %n second.</numerusform>
            <numerusform>Retrying in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry &amp;now</source>
        <translation>Retry &amp;now</translation>
    </message>
    <message>
        <source>%1 %2 · API %3 · %4</source>
        <translation>%1 %2 · API %3 · %4</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s), %1 running</source>
        <translation>
            <numerusform>%n container, %1 running</numerusform>
            <numerusform>%n containers, %1 running</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for a container engine…</source>
        <translation>Looking for a container engine…</translation>
    </message>
    <message>
        <source>No containers on this engine yet.
Containers you create with Docker or Podman appear here as soon as they exist.</source>
        <translation>No containers on this engine yet.
Containers you create with Docker or Podman appear here as soon as they exist.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>The engine cannot be reached.</source>
        <translation>The engine cannot be reached.</translation>
    </message>
    <message>
        <source>No container engine.</source>
        <translation>No container engine.</translation>
    </message>
    <message>
        <source>About Gontainer</source>
        <translation>About Gontainer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gontainer %1&lt;/h3&gt;&lt;p&gt;See and run the containers of many machines from one window.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gontainer %1&lt;/h3&gt;&lt;p&gt;See and run the containers of many machines from one window.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</translation>
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
