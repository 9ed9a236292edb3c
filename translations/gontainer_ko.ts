<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AppController</name>
    <message>
        <source>No container engine was running, so Gontainer started a Podman service for this session at %1. It stops when you quit Gontainer.</source>
        <translation>실행 중인 컨테이너 엔진이 없어서 Gontainer가 이 세션용 Podman 서비스를 %1에서 시작했습니다. Gontainer를 종료하면 함께 멈춥니다.</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>this version cannot connect over SSH yet</source>
        <translation>이 버전은 아직 SSH로 연결할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>ContainerTableModel</name>
    <message>
        <source>Created</source>
        <translation>생성됨</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>다시 시작 중</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>삭제 중</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>비정상 종료</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>1분 미만</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n시간</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n일</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n주</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n개월</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n년</numerusform>
        </translation>
    </message>
    <message>
        <source>Up %1</source>
        <translation>실행 중 (%1)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Paused, up %1</source>
        <translation>일시 중지됨 (실행 %1)</translation>
    </message>
    <message>
        <source>Exited (%1)</source>
        <translation>종료됨 (%1)</translation>
    </message>
    <message>
        <source>Restarting (%1)</source>
        <translation>다시 시작 중 (%1)</translation>
    </message>
    <message>
        <source>Removal in progress</source>
        <translation>삭제 진행 중</translation>
    </message>
    <message>
        <source>(healthy)</source>
        <translation>(정상)</translation>
    </message>
    <message>
        <source>(unhealthy)</source>
        <translation>(비정상)</translation>
    </message>
    <message>
        <source>(health: starting)</source>
        <translation>(상태 확인 시작 중)</translation>
    </message>
    <message>
        <source>%1
ID %2</source>
        <translation>%1
ID %2</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 전</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>현황</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>방금 전</translation>
    </message>
    <message>
        <source>Exited (%1) %2</source>
        <translation>%2 종료됨 (%1)</translation>
    </message>
</context>
<context>
    <name>DockerEngine</name>
    <message>
        <source>/_ping answered HTTP %1 without an API version</source>
        <translation>/_ping이 API 버전 없이 HTTP %1(으)로 응답했습니다</translation>
    </message>
    <message>
        <source>its API version %1 is older than 1.%2; update the engine.</source>
        <translation>API 버전 %1이(가) 1.%2보다 오래되었습니다. 엔진을 업데이트하세요.</translation>
    </message>
    <message>
        <source>/version did not answer as expected</source>
        <translation>/version 응답이 예상과 다릅니다</translation>
    </message>
    <message>
        <source>the container list is not the JSON the API promises</source>
        <translation>컨테이너 목록이 API가 약속한 JSON 형식이 아닙니다</translation>
    </message>
</context>
<context>
    <name>DockerEventStream</name>
    <message>
        <source>the event stream is not JSON</source>
        <translation>이벤트 스트림이 JSON이 아닙니다</translation>
    </message>
    <message>
        <source>the engine ended the event stream</source>
        <translation>엔진이 이벤트 스트림을 끝냈습니다</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>The engine address is empty.</source>
        <translation>엔진 주소가 비어 있습니다.</translation>
    </message>
    <message>
        <source>A unix socket address needs an absolute path: %1</source>
        <translation>유닉스 소켓 주소에는 절대 경로가 필요합니다: %1</translation>
    </message>
    <message>
        <source>Not an engine address: %1. Use unix:///path/to/engine.sock.</source>
        <translation>엔진 주소가 아닙니다: %1. unix:///path/to/engine.sock 형식을 사용하세요.</translation>
    </message>
</context>
<context>
    <name>EngineError</name>
    <message>
        <source>There is no engine socket at %1. Start Docker or Podman, or choose another engine address.</source>
        <translation>%1에 엔진 소켓이 없습니다. Docker나 Podman을 시작하거나 다른 엔진 주소를 선택하세요.</translation>
    </message>
    <message>
        <source>Permission denied opening %1. Add your user to the group that owns the socket (for Docker, the &quot;docker&quot; group) and log in again.</source>
        <translation>%1을(를) 열 권한이 없습니다. 소켓을 소유한 그룹(Docker의 경우 &quot;docker&quot; 그룹)에 사용자를 추가한 뒤 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>Nothing is accepting connections at %1. The engine may have stopped; start it again.</source>
        <translation>%1에서 연결을 받는 프로그램이 없습니다. 엔진이 멈췄을 수 있으니 다시 시작하세요.</translation>
    </message>
    <message>
        <source>The engine at %1 did not answer in time. It may be overloaded, or the socket may belong to something that is not an engine.</source>
        <translation>%1의 엔진이 제때 응답하지 않았습니다. 엔진이 과부하 상태이거나, 소켓이 엔진이 아닌 다른 프로그램의 것일 수 있습니다.</translation>
    </message>
    <message>
        <source>The engine at %1 closed the connection (%2). It may have stopped or restarted.</source>
        <translation>%1의 엔진이 연결을 닫았습니다(%2). 엔진이 멈췄거나 다시 시작되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 did not answer like a container engine (%2). Check that the address points at a Docker or Podman socket.</source>
        <translation>%1이(가) 컨테이너 엔진처럼 응답하지 않았습니다(%2). 주소가 Docker 또는 Podman 소켓을 가리키는지 확인하세요.</translation>
    </message>
    <message>
        <source>%1 answered, but not as a Docker or Podman engine (%2). Check the address.</source>
        <translation>%1이(가) 응답했지만 Docker 또는 Podman 엔진이 아닙니다(%2). 주소를 확인하세요.</translation>
    </message>
    <message>
        <source>The engine at %1 cannot be used: %2</source>
        <translation>%1의 엔진을 사용할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The engine refused the request (HTTP %1): %2</source>
        <translation>엔진이 요청을 거부했습니다(HTTP %1): %2</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>요청이 취소되었습니다.</translation>
    </message>
    <message>
        <source>The answer from %1 was too large to read (%2). The engine may be misbehaving, or something else is listening at that address.</source>
        <translation>%1의 응답이 너무 커서 읽을 수 없습니다(%2). 엔진이 비정상이거나 그 주소에서 다른 프로그램이 응답하고 있을 수 있습니다.</translation>
    </message>
    <message>
        <source>Cannot reach %1 (%2). Check the address and that the machine is on the network.</source>
        <translation>%1에 연결할 수 없습니다(%2). 주소와 해당 머신이 네트워크에 연결되어 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. Check the node&apos;s certificates; turn off verification for this node only if you trust the network.</source>
        <translation>%1과(와)의 보안 연결에 실패했습니다: %2. 노드의 인증서를 확인하세요. 네트워크를 신뢰할 수 있을 때만 이 노드의 인증서 확인을 끄세요.</translation>
    </message>
</context>
<context>
    <name>HttpReply</name>
    <message>
        <source>more than %1 MiB</source>
        <translation>%1MiB 초과</translation>
    </message>
</context>
<context>
    <name>LocalEngineLocator</name>
    <message>
        <source>Looking for a local container engine…</source>
        <translation>로컬 컨테이너 엔진을 찾는 중…</translation>
    </message>
    <message>
        <source>Waiting for the Podman service Gontainer started…</source>
        <translation>Gontainer가 시작한 Podman 서비스를 기다리는 중…</translation>
    </message>
    <message>
        <source>No container engine answered at %1, and Podman is not installed. Install Docker or Podman, or start the engine, then retry.</source>
        <translation>%1에서 응답하는 컨테이너 엔진이 없고 Podman도 설치되어 있지 않습니다. Docker나 Podman을 설치하거나 엔진을 시작한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Could not create %1 for a Podman service.</source>
        <translation>Podman 서비스용 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>No engine is running; starting a Podman service for this session…</source>
        <translation>실행 중인 엔진이 없어 이 세션용 Podman 서비스를 시작하는 중…</translation>
    </message>
    <message>
        <source>podman exited with code %1</source>
        <translation>podman이 코드 %1(으)로 종료됨</translation>
    </message>
    <message>
        <source>Podman service</source>
        <translation>Podman 서비스</translation>
    </message>
    <message>
        <source>Could not start a Podman service: %1.</source>
        <translation>Podman 서비스를 시작할 수 없습니다: %1.</translation>
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
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Reconnect to the engine and read its containers again</source>
        <translation>엔진에 다시 연결하고 컨테이너 목록을 다시 읽습니다</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Gontainer</source>
        <translation>Gontainer 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결 중…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>다시 시도(&amp;R)</translation>
    </message>
    <message>
        <source>No engine</source>
        <translation>엔진 없음</translation>
    </message>
    <message>
        <source>The list shows the last known state.</source>
        <translation>목록은 마지막으로 알려진 상태입니다.</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n second(s).</source>
        <translation>
            <numerusform>%n초 후 다시 시도합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry &amp;now</source>
        <translation>지금 다시 시도(&amp;N)</translation>
    </message>
    <message>
        <source>%1 %2 · API %3 · %4</source>
        <translation>%1 %2 · API %3 · %4</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>연결 끊김</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s), %1 running</source>
        <translation>
            <numerusform>컨테이너 %n개, %1개 실행 중</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for a container engine…</source>
        <translation>컨테이너 엔진을 찾는 중…</translation>
    </message>
    <message>
        <source>No containers on this engine yet.
Containers you create with Docker or Podman appear here as soon as they exist.</source>
        <translation>이 엔진에는 아직 컨테이너가 없습니다.
Docker나 Podman으로 만든 컨테이너는 생기는 즉시 여기에 나타납니다.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1에 연결하는 중…</translation>
    </message>
    <message>
        <source>The engine cannot be reached.</source>
        <translation>엔진에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>No container engine.</source>
        <translation>컨테이너 엔진이 없습니다.</translation>
    </message>
    <message>
        <source>About Gontainer</source>
        <translation>Gontainer 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gontainer %1&lt;/h3&gt;&lt;p&gt;See and run the containers of many machines from one window.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gontainer %1&lt;/h3&gt;&lt;p&gt;여러 머신의 컨테이너를 한 창에서 보고 실행합니다.&lt;/p&gt;&lt;p&gt;Qt %2(으)로 빌드했습니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>TcpConnection</name>
    <message>
        <source>cannot read the CA certificate %1</source>
        <translation>CA 인증서 %1을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>cannot read the client certificate %1</source>
        <translation>클라이언트 인증서 %1을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>cannot read the client key %1</source>
        <translation>클라이언트 키 %1을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>the client key %1 is not an unencrypted RSA or EC key in PEM form</source>
        <translation>클라이언트 키 %1이(가) 암호화되지 않은 PEM 형식의 RSA 또는 EC 키가 아닙니다</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Gontainer shows the containers of your engines and keeps them current.</source>
        <translation>Gontainer는 엔진의 컨테이너를 보여 주고 항상 최신 상태로 유지합니다.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Use this language (en or ko) instead of the saved choice or the system&apos;s.</source>
        <translation>저장된 선택이나 시스템 언어 대신 이 언어(en 또는 ko)를 사용합니다.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Connect to the engine at ADDRESS (for example unix:///run/podman/podman.sock, or tcp://HOST:2376 with DOCKER_TLS_VERIFY and DOCKER_CERT_PATH) instead of looking for the local one.</source>
        <translation>로컬 엔진을 찾는 대신 주소의 엔진에 연결합니다(예: unix:///run/podman/podman.sock, 또는 DOCKER_TLS_VERIFY와 DOCKER_CERT_PATH를 설정한 tcp://HOST:2376).</translation>
    </message>
</context>
</TS>
